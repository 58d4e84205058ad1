"""The loop issue 12 asks of ACF2 and Top Secret sites, from verify listings:
a half-done system's listing -> audit (drift) -> plan -> apply -> the new
listing audits clean. Listings are built in the documented formats by the
readers' tests (tests/test_listing_state_*.py). The default components: the
verify decks do not list the site's own objects a spec only refers to (the
CICS region's user of `--component all`), so a listing cannot prove them."""

import json

import pytest

from conftest import run_cli
from esmgen.simulator import engine
from tests import test_listing_state_acf2 as acf2_listing
from tests import test_listing_state_tss as tss_listing
from tests.dryrun_support import deck, start_state

LISTINGS = {"acf2": acf2_listing.synthetic_listing, "tss": tss_listing.synthetic_listing}


def half_done(esm):
    """A system where the setup job stopped half way (the site's preconditions in place)."""
    state = start_state(esm)
    records = deck(esm, "setup", "tso").splitlines()
    engine.run_deck("\n".join(records[:len(records) // 2]) + "\n", esm, state)
    return state


@pytest.mark.parametrize("esm", sorted(LISTINGS))
def test_listing_audit_plan_apply_audit(esm, tmp_path):
    verify = deck(esm, "verify", "tso")
    state = half_done(esm)
    listing = tmp_path / "before.systsprt"
    listing.write_text(LISTINGS[esm](state, verify))
    drift = run_cli("audit", "--esm", esm, "--listing", str(listing), "--format", "json")
    assert drift.code == 1
    assert "missing" in {r["status"] for r in json.loads(drift.out)["requirements"]}

    plan = tmp_path / "plan.tso"
    made = run_cli("plan", "--esm", esm, "--listing", str(listing), "--format", "tso", "--out", str(plan))
    assert made.code == 0, made.err
    applied = engine.run_deck(plan.read_text(), esm, state)          # the job, on the real system
    assert [(r.command, r.outcome) for r in applied if r.outcome != "ok"] == []

    listing.write_text(LISTINGS[esm](state, verify))                  # verify again
    clean = run_cli("audit", "--esm", esm, "--listing", str(listing))
    assert clean.code == 0, clean.out
