"""One window per user and data folder. A second start asks the first window to come forward and then stops.

The lock (``wijkteam.instance_lock``) decides, in one step of the operating system, which process owns the data
folder: two starts in the same millisecond cannot both win, and a lock of a killed process is gone with it. Only the
owner then sets up the local server. A second start that finds the lock taken tells the owner to come forward,
trying for a few seconds, because the owner may still be starting; it never opens a window of its own.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QDeadlineTimer, QObject, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from wijkteam.instance_lock import InstanceLock

log = logging.getLogger(__name__)

RAISE_MESSAGE = b"raise"
CONNECT_TIMEOUT_MS = 300
#: How long a second start keeps trying to reach a first one that holds the lock but is not listening yet.
REACH_FIRST_MS = 5000


class SingleInstance(QObject):
    """``is_primary()`` answers whether this process should open the window."""

    raise_requested = Signal()

    def __init__(self, key: str, lock: InstanceLock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key = key
        self._lock = lock
        self._server: QLocalServer | None = None

    @property
    def key(self) -> str:
        return self._key

    def is_primary(self) -> bool:
        if self._server is not None:
            return True
        if not self._lock.acquire():
            if not self._tell_first_instance():
                log.warning("Another start holds the data folder but did not answer")
            return False
        # We own the folder now, so a server still registered under the key is left over from a killed process.
        QLocalServer.removeServer(self._key)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_server_new_connection)
        if not server.listen(self._key):
            # The lock still keeps a second window away; only bringing this one forward will not work.
            log.warning("Single-instance server could not listen: %s", server.errorString())
        self._server = server
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.release()

    def _tell_first_instance(self) -> bool:
        deadline = QDeadlineTimer(REACH_FIRST_MS)
        while not deadline.hasExpired():
            if self._ask_running_instance():
                return True
            QThread.msleep(100)
        return False

    def _ask_running_instance(self) -> bool:
        socket = QLocalSocket(self)
        try:
            socket.connectToServer(self._key)
            if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
                return False
            socket.write(RAISE_MESSAGE)
            socket.flush()
            socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
            socket.disconnectFromServer()
            return True
        finally:
            socket.deleteLater()

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # Bound methods, not lambdas holding the socket: a lambda would tie this object and the socket in a
            # cycle that the garbage collector may break in the middle of a socket event.
            socket.readyRead.connect(self._on_socket_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            # The message may already be waiting when the connection is handed over.
            self._read_request(socket)

    def _on_socket_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read_request(socket)

    def _read_request(self, socket: QLocalSocket) -> None:
        if socket.bytesAvailable() and RAISE_MESSAGE in bytes(socket.readAll().data()):
            self.raise_requested.emit()
