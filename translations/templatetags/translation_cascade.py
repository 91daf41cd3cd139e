from django import template

from translations.cascade import CASCADE_FIELD, translations_to_cascade

register = template.Library()


@register.inclusion_tag("translations/cascade_choice.html")
def cascade_choice(page, action):
    """The translations that would follow the page, with the box that makes them follow."""
    return {
        "translations": list(translations_to_cascade(page, live_only=action == "unpublish")),
        "action": action,
        "field": CASCADE_FIELD,
    }
