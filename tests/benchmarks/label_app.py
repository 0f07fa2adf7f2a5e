"""The start-up baseline: a PySide6 app with one label that prints a line at its first paint and quits.

Spawned by run.py exactly as deskapp is (same interpreter, same environment).
"""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


class FirstPaint(QObject):
    def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, report)  # after this paint has been done
        return False


def report() -> None:
    print("label: first paint", flush=True)
    QApplication.quit()


if __name__ == "__main__":
    app = QApplication(sys.argv)
    label = QLabel("deskapp start-up baseline")
    label.installEventFilter(FirstPaint(label))
    label.resize(320, 80)
    label.show()
    sys.exit(app.exec())
