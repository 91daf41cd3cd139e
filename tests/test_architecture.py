"""The layers of docs/architecture.md hold: no import cycle, no hidden import, no upward import.

The project's own modules are read with ``ast`` (nothing is imported), their imports
resolved to project modules, and the graph searched for cycles. Ruff enforces the
upward-import rule as well (``core/ruff.toml``, TID251); this test is the same rule
in the suite, with a message naming the chain.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = [
    "core",
    "home",
    "sections",
    "news",
    "navigation",
    "counters",
    "search",
    "seo",
    "participation",
    "demo",
    "portal",
    "tests",
]
# Django asks for these imports inside functions: signal handlers are connected in
# AppConfig.ready, once every model is loaded; manage.py imports Django only when run.
FUNCTION_IMPORTS_ALLOWED = {("manage", "main")} | {(f"{app}.apps", "ready") for app in PACKAGES}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_files() -> dict[str, Path]:
    files = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" not in path.parts:
                files[module_name(path)] = path
    for top in ("conftest.py", "manage.py"):
        files[module_name(ROOT / top)] = ROOT / top
    return files


MODULES = project_files()


def resolve(module: str, node: ast.ImportFrom | ast.Import) -> list[str]:
    """The project modules an import statement loads (a package's name stands for its __init__)."""
    is_package = MODULES[module].name == "__init__.py"
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            anchor = module.split(".") if is_package else module.split(".")[:-1]
            anchor = anchor[: len(anchor) - (node.level - 1)]
            base = ".".join([*anchor, base] if base else anchor)
        # "from package import module" loads the module; "from module import name" the module.
        names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base for alias in node.names]
    found = []
    for name in names:
        while name and name not in MODULES:
            name = name.rpartition(".")[0]
        if name and name != module:
            found.append(name)
    return found


def imports_of(module: str) -> list[tuple[str, str | None, int]]:
    """(imported module, enclosing function or None, line) for every import in a module."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found = []

    def visit(node, function):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom):
                found.extend((target, function, child.lineno) for target in resolve(module, child))
            inner = child.name if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else function
            visit(child, inner)

    visit(tree, None)
    return found


GRAPH = {module: sorted({target for target, _, _ in imports_of(module)}) for module in MODULES}


def cycles(graph: dict[str, list[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan's algorithm), each as a path."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components = []

    def connect(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, []):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return components


def test_the_finder_sees_a_cycle_when_there_is_one():
    assert cycles({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}) == [["a", "b", "c"]]
    assert cycles({"a": ["b"], "b": []}) == []


def test_the_graph_knows_the_project():
    assert "core.models" in GRAPH["news.models"]
    assert "news.feeds" in GRAPH["news.models"]
    assert "sections.models" in GRAPH["navigation.menus"]


def test_no_import_cycle_among_the_projects_modules():
    assert cycles(GRAPH) == [], "import cycles (each a group of modules that import one another)"


def test_no_import_of_a_project_module_inside_a_function():
    hidden = [
        f"{module}:{line} imports {target} inside {function}()"
        for module in MODULES
        for target, function, line in imports_of(module)
        if function is not None and (module, function) not in FUNCTION_IMPORTS_ALLOWED
    ]
    assert hidden == []


@pytest.mark.parametrize("module", sorted(name for name in MODULES if name.split(".")[0] == "core"))
def test_core_imports_no_app_above_it(module):
    upward = [target for target in GRAPH[module] if target.split(".")[0] != "core"]
    assert upward == [], f"{module} is in the bottom layer and imports {upward}"


def test_only_the_demo_app_and_the_tests_import_the_demo_loader():
    def is_test(module):
        parts = module.split(".")
        return parts[0] == "tests" or "tests" in parts or parts[-1] == "conftest"

    importers = sorted(
        module
        for module, targets in GRAPH.items()
        if any(target.split(".")[0] == "demo" for target in targets)
        and module.split(".")[0] != "demo"
        and not is_test(module)
    )
    assert importers == []
