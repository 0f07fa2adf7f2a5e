"""Reminders that never miss: APScheduler holds one job for the next SLA moment, rebuilt from the database.

The tickets table is the only record of deadlines; nothing is persisted in a job store that could
disagree with it. The job is rebuilt at start, after every change that may move a deadline, on a
regular tick, and whenever the wall clock jumps (the machine slept or the clock was changed): a
timer alone misses runs across sleep. Each SLA event is recorded once in the database, so a restart
neither repeats a reminder already shown nor loses one not yet shown.
"""

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from deskapp.domain.time import Clock
from deskapp.services.sla import Notice, SlaService

log = logging.getLogger(__name__)

NEXT_JOB = "sla-next"
TICK_JOB = "sla-tick"
JUMP_TOLERANCE = timedelta(seconds=90)
REBUILD_EVERY = timedelta(minutes=15)


class ReminderScheduler:
    """Fires SLA moments on time and delivers new notices to ``on_notices`` (from its own thread)."""

    def __init__(
        self,
        sla: SlaService,
        clock: Clock,
        on_notices: Callable[[list[Notice]], None],
        *,
        monotonic: Callable[[], float] = time.monotonic,
        tick_seconds: int = 60,
        scheduler: BackgroundScheduler | None = None,
    ) -> None:
        self.sla = sla
        self.clock = clock
        self.on_notices = on_notices
        self.monotonic = monotonic
        self.tick_seconds = tick_seconds
        self.scheduler = scheduler or BackgroundScheduler(
            timezone="UTC", job_defaults={"coalesce": True, "max_instances": 1}
        )
        self._lock = threading.Lock()
        self._last_wall: datetime | None = None
        self._last_mono = 0.0
        self._last_rebuild: datetime | None = None
        self.next_at: datetime | None = None

    # --- life cycle ----------------------------------------------------------------------------

    def start(self) -> None:
        """Catch up on anything that fell due while deskapp was closed, then keep watch."""
        self.scheduler.add_job(
            self.tick, IntervalTrigger(seconds=self.tick_seconds), id=TICK_JOB, replace_existing=True
        )
        if not self.scheduler.running:
            self.scheduler.start()
        self.check()

    def stop(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    def job_ids(self) -> list[str]:
        return sorted(job.id for job in self.scheduler.get_jobs())

    # --- the work ------------------------------------------------------------------------------

    def check(self) -> list[Notice]:
        """Fire what has come, hand new notices on, and schedule the next moment."""
        with self._lock:
            notices = self.sla.sweep()
            if notices:
                self.sla.mark_shown([n.id for n in notices])
            self._remember_clocks()
            self._schedule_next()
        if notices:
            try:
                self.on_notices(notices)
            except Exception:  # a display problem must never stop the reminders
                log.exception("showing %d reminders failed", len(notices))
        return notices

    def rebuild(self) -> None:
        """Re-read the next moment from the database (after a change that may move a deadline)."""
        with self._lock:
            self._schedule_next()

    def tick(self) -> None:
        """Runs every minute: detects sleep or a clock change, and rebuilds now and then."""
        wall, mono = self.clock(), self.monotonic()
        jumped = False
        if self._last_wall is not None:
            expected = self._last_wall + timedelta(seconds=mono - self._last_mono)
            jumped = abs(wall - expected) > JUMP_TOLERANCE
        due = self.next_at is not None and self.next_at <= wall
        stale = self._last_rebuild is None or wall - self._last_rebuild >= REBUILD_EVERY
        if jumped:
            log.info("the wall clock jumped by %s (sleep or clock change): checking reminders", wall - expected)
        if jumped or due or stale:
            self.check()
        else:
            self._remember_clocks()

    def _remember_clocks(self) -> None:
        self._last_wall, self._last_mono = self.clock(), self.monotonic()

    def _schedule_next(self) -> None:
        """One job for the next moment, timed in real seconds from the (possibly injected) clock."""
        now = self.clock()
        self._last_rebuild = now
        self.next_at = self.sla.next_wake()
        if self.next_at is None:
            if self.scheduler.get_job(NEXT_JOB):
                self.scheduler.remove_job(NEXT_JOB)
            return
        delay = max((self.next_at - now).total_seconds(), 0.0) + 1.0
        run_at = datetime.now(self.scheduler.timezone) + timedelta(seconds=delay)
        self.scheduler.add_job(
            self.check, DateTrigger(run_date=run_at), id=NEXT_JOB, replace_existing=True, misfire_grace_time=None
        )
