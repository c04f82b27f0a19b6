"""One window per user and data folder. A second start asks the first window to come forward and then stops."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE_MESSAGE = b"raise"
CONNECT_TIMEOUT_MS = 500


class SingleInstance(QObject):
    """``is_primary()`` answers whether this process should open the window."""

    raise_requested = Signal()

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key = key
        self._server: QLocalServer | None = None

    @property
    def key(self) -> str:
        return self._key

    def is_primary(self) -> bool:
        if self._server is not None:
            return True
        if self._ask_running_instance():
            return False
        # A server nobody answers is left over from a crash: remove it, or listen() fails on Unix.
        QLocalServer.removeServer(self._key)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_server_new_connection)
        if not server.listen(self._key):
            # Better two windows than none: open anyway, and say why in the log.
            log.warning("Single-instance server could not listen on %s: %s", self._key, server.errorString())
        self._server = server
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

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
