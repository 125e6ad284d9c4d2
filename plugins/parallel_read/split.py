"""How to share the files to read between the build process and its helpers (pure)."""

from __future__ import annotations

# The build process also turns every file into an article (plugins, metadata),
# so it takes a smaller share of the parsing than each helper.
OWN_SHARE = 0.8


def chunks(paths: list[str], workers: int, own_share: float = OWN_SHARE) -> list[list[str]]:
    """Split `paths`, in order, into `workers` consecutive runs; the first is ours."""
    if workers <= 1 or not paths:
        return [list(paths)]
    weights = [own_share] + [1.0] * (workers - 1)
    total = sum(weights)
    runs, start, acc = [], 0, 0.0
    for weight in weights:
        acc += weight
        end = round(len(paths) * acc / total)
        runs.append(list(paths[start:end]))
        start = end
    return runs


def worker_count(setting: object, cpus: int | None, to_read: int, minimum: int) -> int:
    """Processes to read with: READ_WORKERS (None means one per CPU), 1 when little to read."""
    if to_read < minimum:
        return 1
    wanted = cpus or 1 if setting is None else setting
    if not isinstance(wanted, int) or isinstance(wanted, bool) or wanted < 1:
        raise ValueError(f"READ_WORKERS must be a whole number of at least 1, not {setting!r}")
    return min(wanted, max(1, to_read // minimum))
