"""One colleague for the concurrency test: random edits on a server diagnostic for a while.

    python tests/team_driver.py ADDRESS SECONDS SEED

Each edit goes the way the window's commands go: read what the user sees, wait a little
(the user thinks), then `conflicts.check` against what was seen and the service call. Prints
one JSON line: the acknowledged edits (unique values, so each can be found in the journal)
and the conflicts reported.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from essdesk.domain import conflicts  # noqa: E402
from essdesk.domain.services import Services  # noqa: E402
from essdesk.errors import ConcurrentChange  # noqa: E402
from essdesk.models.enums import LeverStatus  # noqa: E402
from essdesk.store.address import Address  # noqa: E402
from essdesk.store.server import ServerStore  # noqa: E402


def main(address: str, seconds: float, seed: int) -> None:
    rng = random.Random(seed)
    store = ServerStore.open(Address.parse(address))
    s = Services(store.session)
    levers = [lv.id for step in s.steps() for lv in step.levers][:6]  # few rows: many clashes
    acked: list[list] = []
    clashes = refused = 0
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        n += 1
        store.session.expire_all()
        choice = rng.random()
        try:
            if choice < 0.7:
                lever = s.lever(rng.choice(levers))
                field = rng.choice(["notes", "status"])
                seen = getattr(lever, field)
                if field == "notes":
                    value = f"p{seed}-{n}"
                else:
                    value = rng.choice([st for st in LeverStatus if st is not seen])
                store.forget_transaction()
                time.sleep(rng.random() * 0.02)  # the user's pause: a colleague may write now
                conflicts.check(s, "lever", lever.id, {field: seen}, {field: value})
                s.update_lever(lever.id, **{field: value})
                acked.append(["lever", lever.id, field, value if field == "notes" else value.value])
            elif choice < 0.85:
                changes = s.add_actor(name=f"Acteur p{seed}-{n}")
                acked.append(["actor+", changes.created_id, "", ""])
            else:
                mine = [a.id for a in s.actors() if a.name.startswith(f"Acteur p{seed}-")]
                if mine:
                    victim = rng.choice(mine)
                    s.remove_actor(victim)
                    acked.append(["actor-", victim, "", ""])
        except conflicts.Conflict:
            clashes += 1
        except ConcurrentChange:
            refused += 1
        store.forget_transaction()
    store.close()
    print(json.dumps({"acked": acked, "conflicts": clashes, "refused": refused}))


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), int(sys.argv[3]))
