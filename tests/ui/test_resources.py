"""Process-wide resources: the scoring jobs shared by every session."""
from matchlens.ui.resources import ScoringJobs


class FakeJob:
    def __init__(self, done=False):
        self.done, self.cancelled, self.failed = done, False, False

    def cancel(self):
        self.cancelled = True


def test_a_job_started_for_nobody_stops_when_a_session_shows_another():
    jobs = ScoringJobs()
    start_up, finished, mine = FakeJob(), FakeJob(done=True), FakeJob()
    jobs.put("default", start_up)  # the server's start-up scoring: no session holds it yet
    jobs.put("old", finished)
    jobs.put("mine", mine)
    jobs.hold("mine", "session-a")
    assert start_up.cancelled and jobs.get("default") is None
    assert not finished.cancelled and jobs.get("old") is finished  # finished scores stay for a later visit
    assert not mine.cancelled and jobs.get("mine") is mine


def test_a_job_another_session_shows_keeps_running():
    jobs = ScoringJobs()
    theirs, mine = FakeJob(), FakeJob()
    jobs.put("theirs", theirs)
    jobs.hold("theirs", "session-b")
    jobs.put("mine", mine)
    jobs.hold("mine", "session-a")
    assert not theirs.cancelled and jobs.get("theirs") is theirs
    jobs.release("theirs", "session-b")  # nobody shows it any more: stopped
    assert theirs.cancelled


def test_two_askers_at_once_start_one_job():
    import threading
    import time

    jobs, started = ScoringJobs(), []

    def start():
        time.sleep(0.2)  # another asker arrives meanwhile
        started.append(FakeJob())
        return started[-1]

    got = []
    askers = [threading.Thread(target=lambda: got.append(jobs.get_or_start("k", start))) for _ in range(2)]
    for t in askers:
        t.start()
    for t in askers:
        t.join(10)
    assert len(started) == 1 and got == [started[0], started[0]]
