"""One running dutyroom per data folder: a second launch asks the first to come to the front.

The server name is derived from the data folder (and the user), so two different data folders can
run side by side (tests, a training copy) while two launches on the same folder cannot — two
instances would mean two alarm sources and two writers of one database.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE_MESSAGE = "raise"
CONNECT_TIMEOUT_MS = 500


def server_name_for(data_dir: Path) -> str:
    """A short, filesystem-safe name: the same folder always gives the same name."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in some service accounts
        user = ""
    key = f"{user}\0{Path(data_dir).expanduser().resolve()}".encode()
    return "dutyroom-" + hashlib.sha256(key).hexdigest()[:20]


class SingleInstance(QObject):
    """Listens for later launches; `raise_requested` fires when one of them asks for the window.

    Signals:
        message_received(str): any line a later launch sent.
        raise_requested(): a later launch asked the running window to show itself.
    """

    message_received = Signal(str)
    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name_for(data_dir)
        self._server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []

    @property
    def server_name(self) -> str:
        return self._name

    @property
    def is_listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def notify_running(self, message: str = RAISE_MESSAGE) -> bool:
        """If another instance listens on this folder, send it `message` and return True."""
        # No parent: the socket is Python-owned and gone when this returns, nothing left pending.
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            socket.abort()
            return False
        socket.write((message + "\n").encode())
        socket.flush()
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
        return True

    def listen(self) -> bool:
        """Become the primary instance; a stale name left by a crash is removed and retried."""
        server = QLocalServer()  # Python-owned; see close()
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        ok = server.listen(self._name)
        if not ok and server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            # Nobody answered notify_running(), so the socket file is a leftover of a crash.
            log.info("removing stale single-instance server %s", self._name)
            QLocalServer.removeServer(self._name)
            ok = server.listen(self._name)
        if not ok:
            log.warning("single-instance server failed: %s", server.errorString())
            return False
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server
        return True

    def close(self) -> None:
        for client in list(self._clients):
            self._drop(client)
        if self._server is not None:
            self._server.close()  # no more connections: nothing left to disconnect
            self._server = None

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            client = self._server.nextPendingConnection()
            self._clients.append(client)
            client.readyRead.connect(self._on_client_ready_read)
            client.disconnected.connect(self._on_client_disconnected)
            # The client may have written (and even left) before we got here.
            self._read_lines(client)

    def _on_client_ready_read(self) -> None:
        client = self.sender()
        if isinstance(client, QLocalSocket):
            self._read_lines(client)

    def _on_client_disconnected(self) -> None:
        client = self.sender()
        if isinstance(client, QLocalSocket):
            self._read_lines(client)
            self._drop(client)

    def _drop(self, client: QLocalSocket) -> None:
        # No signal.disconnect() here: in PySide6 6.12 on Python 3.11 every
        # SignalInstance.disconnect() drops one reference to True (the interpreter aborts once
        # enough have gone). Deleting the socket removes its connections just as well.
        if client in self._clients:
            self._clients.remove(client)
            client.abort()  # may emit disconnected → _drop again, a no-op now
            client.deleteLater()

    def _read_lines(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data()).decode("utf-8", "replace").strip()
            if not line:
                continue
            self.message_received.emit(line)
            if line == RAISE_MESSAGE:
                self.raise_requested.emit()
