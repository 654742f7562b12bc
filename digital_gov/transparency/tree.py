"""The transparency tree under a page, read in a constant number of queries."""

from __future__ import annotations

from dataclasses import dataclass, field

from portal.trees import nest


@dataclass
class TreeNode:
    number: str
    title: str
    url: str
    applies: bool
    depth: int
    last_updated: object = None
    responsible_area: str = ""
    pending_until: object = None  # set only on items published as "en preparación"
    overdue: bool = False
    children: list[TreeNode] = field(default_factory=list)


def transparency_tree(page, request) -> list[TreeNode]:
    """Live sections and items below ``page``: two queries whatever the size of the tree."""
    from digital_gov.transparency.models import TransparencyItemPage, TransparencySectionPage

    nodes = []
    for model in (TransparencySectionPage, TransparencyItemPage):
        fields = ["id", "path", "depth", "url_path", "title", "number", "applies"]
        if model is TransparencyItemPage:
            fields += ["last_updated", "responsible_area", "pending", "pending_until"]
        for node in model.objects.descendant_of(page).live().public().only(*fields):
            pending = getattr(node, "is_pending", False)
            nodes.append(
                (
                    node.path,
                    TreeNode(
                        number=node.number,
                        title=node.title,
                        url=node.get_url(request),
                        applies=node.applies,
                        depth=node.depth,
                        last_updated=getattr(node, "last_updated", None),
                        responsible_area=getattr(node, "responsible_area", ""),
                        pending_until=node.pending_until if pending else None,
                        overdue=pending and node.is_overdue,
                    ),
                )
            )
    nodes.sort(key=lambda pair: pair[0])
    return nest([node for _, node in nodes])
