"""The portal's roles (Wagtail groups) and the approval workflows, attached to the page trees.

The groups and their model permissions are created by this app's data
migration. What needs pages, the page permissions and the workflow assignments
on each language's home page, is done here by ``ensure_roles``: the English
tree may not exist when the migration runs (the demo loader or a translator
creates it later). ``ensure_roles`` is idempotent and runs after every
``migrate``, from ``manage.py setup_roles`` and from ``manage.py load_demo``;
it finds the home pages as the root's children in each language, never by id.
See docs/roles.md.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

# Group names are data shown in the admin in every interface language: Vietnamese first,
# English after, so that both the editorial staff and English-speaking translators read them.
EDITORS = "Biên tập viên (Editors)"
HEADS_OF_UNIT = "Trưởng đơn vị (Heads of unit)"
APPROVERS = "Ban biên tập (Approvers)"
TRANSLATORS = "Biên dịch viên (Translators)"
MODERATORS = "Kiểm duyệt viên (Moderators)"
ADMINISTRATORS = "Quản trị viên (Administrators)"

VIETNAMESE_WORKFLOW = "Phê duyệt tin bài (Vietnamese approval)"
HEAD_OF_UNIT_TASK = "Trưởng đơn vị duyệt (Head of unit review)"
BOARD_TASK = "Ban biên tập duyệt (Editorial board review)"
ENGLISH_WORKFLOW = "Duyệt bản tiếng Anh (English review)"
ENGLISH_TASK = "Duyệt bản dịch tiếng Anh (Translation review)"

ALL_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "delete_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
    "publish_page",
]
# Which pages each group works on: the home page of a language, and what it may do there.
PAGE_PERMISSIONS = {
    EDITORS: {"vi": ["add_page", "change_page"]},
    HEADS_OF_UNIT: {"vi": ["add_page", "change_page"]},
    # Approvers also review translations; Wagtail publishes an approved page as the approving
    # user, so they need the right to publish English pages too.
    APPROVERS: {
        "vi": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
        "en": ["change_page", "publish_page", "lock_page", "unlock_page"],
    },
    TRANSLATORS: {"en": ["add_page", "change_page"]},
}
# Actions on images and documents in every collection (the models may be custom: core.PortalImage).
COLLECTION_ACTIONS = {
    EDITORS: ["add", "change", "choose"],
    HEADS_OF_UNIT: ["add", "change", "choose"],
    APPROVERS: ["add", "change", "delete", "choose"],
    TRANSLATORS: ["choose"],
    ADMINISTRATORS: ["add", "change", "delete", "choose"],
}


def home_pages(root: Page, language_code: str):
    """The home page of a language: a child of the tree's root in that locale."""
    return root.get_children().filter(locale__language_code=language_code)


def _task(name: str, groups: list[Group]) -> GroupApprovalTask:
    task = GroupApprovalTask.objects.filter(name=name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=name)
        task.groups.set(groups)
    return task


def _workflow(name: str, tasks: list[GroupApprovalTask]) -> Workflow:
    workflow = Workflow.objects.filter(name=name).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=name, active=True)
        for order, task in enumerate(tasks):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    return workflow


@transaction.atomic
def ensure_roles() -> None:
    """Create what is missing; never undo what an administrator changed on purpose.

    Existing tasks and workflows are left as they are (an administrator may have
    edited them); page and collection permissions are added when missing.
    """
    root = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    if root is None or root_collection is None:
        return  # an emptied database (a test's flush): nothing to attach to yet

    groups = {
        name: Group.objects.get_or_create(name=name)[0] for name in (*PAGE_PERMISSIONS, MODERATORS, ADMINISTRATORS)
    }

    page_permissions = {p.codename: p for p in Permission.objects.filter(content_type__app_label="wagtailcore")}
    homes = {code: list(home_pages(root, code)) for code, _name in settings.LANGUAGES}
    for group_name, by_language in PAGE_PERMISSIONS.items():
        for language, codenames in by_language.items():
            for home in homes.get(language, []):
                for codename in codenames:
                    GroupPagePermission.objects.get_or_create(
                        group=groups[group_name], page=home, permission=page_permissions[codename]
                    )
    for codename in ALL_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=groups[ADMINISTRATORS], page=root, permission=page_permissions[codename]
        )

    # Wagtail checks these on its own Image and Document models, even with a custom image model.
    for app_label, model_name in (("wagtailimages", "image"), ("wagtaildocs", "document")):
        for group_name, actions in COLLECTION_ACTIONS.items():
            for action in actions:
                permission = Permission.objects.get(
                    content_type__app_label=app_label, codename=f"{action}_{model_name}"
                )
                GroupCollectionPermission.objects.get_or_create(
                    group=groups[group_name], collection=root_collection, permission=permission
                )

    vietnamese = _workflow(
        VIETNAMESE_WORKFLOW,
        [
            _task(HEAD_OF_UNIT_TASK, [groups[HEADS_OF_UNIT], groups[APPROVERS]]),
            _task(BOARD_TASK, [groups[APPROVERS]]),
        ],
    )
    english = _workflow(ENGLISH_WORKFLOW, [_task(ENGLISH_TASK, [groups[APPROVERS]])])
    for language, workflow in (("vi", vietnamese), ("en", english)):
        for home in homes.get(language, []):
            WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})
