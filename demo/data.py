"""The demo data of this deployment, read from ``site/`` (never written in code)."""

import json

from django.conf import settings


def load_json(name: str):
    return json.loads((settings.SITE_DATA_DIR / name).read_text(encoding="utf-8"))


def blueprint() -> dict:
    """The page tree, menus and chrome: ``site/blueprint.json``, with the sections' items.

    The items of the sections (investment projects, publications, organisation units)
    are kept apart in ``site/demo/sections.json``, keyed by their section's slug, so that
    the blueprint stays the outline of the portal.
    """
    plan = load_json("blueprint.json")
    items = load_json("demo/sections.json")

    def attach(node: dict) -> None:
        node.setdefault("children", []).extend(items.get(node["slug"], []))
        for child in node["children"]:
            attach(child)

    attach(plan["tree"])
    return plan


def seed_article() -> dict:
    """The article of the saved seed page, verbatim: ``site/demo/seed_article.json``."""
    return load_json("demo/seed_article.json")[0]


def demo_articles() -> list[dict]:
    """The seed article first, then its neighbours (``site/demo/articles.json``)."""
    return load_json("demo/seed_article.json") + load_json("demo/articles.json")


def seed_article_path() -> str:
    """The Vietnamese address of the seed article: its category's place in the blueprint, then its slug."""
    article = seed_article()

    def trail(node: dict, slugs: list[str]) -> list[str] | None:
        for child in node.get("children", []):
            found = [*slugs, child["slug"]]
            if child["slug"] == article["category"]:
                return found
            deeper = trail(child, found)
            if deeper:
                return deeper
        return None

    categories = trail(blueprint()["tree"], []) or []
    return "/" + "".join(f"{slug}/" for slug in [*categories, article["slug"]])


def demo_library() -> dict:
    """The legal documents library: managed lists, documents, relations, gazette issues."""
    return load_json("demo/legal_documents.json")
