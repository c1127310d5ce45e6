from app.scheduler import Scheduler

__version__ = "1.0"
