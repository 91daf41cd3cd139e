from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo portal: ``load_demo`` builds it from the data in ``site/``, ``create_demo_admin`` adds a local user.

    It is the top layer: it knows every app's models, and no app imports it.
    """

    name = "demo"
    verbose_name = "Demo portal"
