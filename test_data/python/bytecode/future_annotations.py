from __future__ import annotations

def f(a: int, b: list[str] = None) -> dict[str, int | None]:
    x: Optional[int] = None
    return {}

class C:
    attr: ClassVar[int] = 1
    other: "quoted"
