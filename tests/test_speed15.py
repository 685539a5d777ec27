"""collector_paused: no automatic garbage collection while rules and models load, and the
collector's state restored afterwards, whatever it was."""

import gc

import pytest

from migextract import batch
from migextract.ruleload import collector_paused


@pytest.fixture
def collector_state():
    enabled, threshold = gc.isenabled(), gc.get_threshold()
    yield
    gc.set_threshold(*threshold)
    (gc.enable if enabled else gc.disable)()


def test_loading_runs_without_automatic_collections(collector_state):
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled(collector_state):
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_the_collector_comes_back_after_a_failed_load(collector_state):
    gc.enable()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("a bad rule file")
    assert gc.isenabled()


def test_warm_up_loads_with_the_collector_paused(collector_state, monkeypatch):
    seen = []
    monkeypatch.setattr(batch, "load_rules", lambda _dir: seen.append(gc.isenabled()))
    gc.enable()
    batch._warm_up(None)
    assert seen == [False]
    assert gc.isenabled() and gc.get_threshold()[0] == 10_000
    gc.unfreeze()
