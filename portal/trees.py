"""Turning pages listed in tree order into nested nodes."""

from __future__ import annotations

from typing import Protocol, TypeVar


class Node(Protocol):
    depth: int
    children: list


N = TypeVar("N", bound=Node)


def nest(nodes: list[N]) -> list[N]:
    """Nodes in tree-path order → forest: each node goes under the nearest shallower one."""
    roots: list[N] = []
    stack: list[N] = []
    for node in nodes:
        while stack and stack[-1].depth >= node.depth:
            stack.pop()
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots
