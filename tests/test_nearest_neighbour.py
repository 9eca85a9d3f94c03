"""nearest_neighbour of notebooks/4.1: the chunked rule equals a brute-force argmin.

The function lives in the notebook (extra code, not in the package), so the test
takes its definition from the notebook cell and runs it on small random data.
At full MNIST scale an unchunked version needs a 10,000 × 60,000 distance
table (10 GB); the chunk parameter must cap that table's shape.
"""

import ast
import json
import types
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "4.1-learning-from-data.ipynb"


def _load(numpy_module=np):
    """nearest_neighbour as the notebook defines it, with `np` bound to numpy_module."""
    for cell in json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]:
        source = "".join(cell["source"])
        if cell["cell_type"] != "code":
            continue
        for node in ast.parse(source).body:
            if isinstance(node, ast.FunctionDef) and node.name == "nearest_neighbour":
                namespace = {"np": numpy_module}
                exec(ast.get_source_segment(source, node), namespace)
                return namespace["nearest_neighbour"]
    raise AssertionError(f"no nearest_neighbour in {NOTEBOOK.name}")


def _brute_force(train, t_train, test):
    """Label of the closest training image, from every distance, in float64."""
    train, test = train.astype(np.float64), test.astype(np.float64)
    distances = ((test[:, None, :] - train[None, :, :]) ** 2).sum(axis=2)
    return t_train[np.argmin(distances, axis=1)]


@pytest.mark.parametrize("chunk", [1, 7, 50, 500])
def test_chunked_equals_brute_force_argmin(chunk):
    rng = np.random.default_rng(0)
    train = rng.random((200, 30), dtype=np.float32)
    t_train = rng.integers(0, 10, size=200)
    test = rng.random((53, 30), dtype=np.float32)  # 53: the last chunk is short
    got = _load()(train, t_train, test, chunk=chunk)
    assert got.shape == (53,)
    np.testing.assert_array_equal(got, _brute_force(train, t_train, test))


def test_training_image_is_its_own_nearest_neighbour():
    rng = np.random.default_rng(1)
    train = rng.random((120, 16))
    t_train = np.arange(120)  # each image its own label
    np.testing.assert_array_equal(
        _load()(train, t_train, train[:45], chunk=10), np.arange(45)
    )


def test_chunk_caps_the_distance_table():
    shapes, dtypes = [], []

    def recording_argmin(a, axis=None):
        shapes.append(a.shape)
        dtypes.append(a.dtype)
        return np.argmin(a, axis=axis)

    numpy_spy = types.SimpleNamespace(**{n: getattr(np, n) for n in dir(np)})
    numpy_spy.argmin = recording_argmin
    rng = np.random.default_rng(2)
    train = rng.random((300, 20))
    t_train = rng.integers(0, 10, size=300)
    test = rng.random((1234, 20))
    labels = _load(numpy_spy)(train, t_train, test, chunk=100)
    assert len(labels) == 1234
    # 13 tables of at most 100 test rows by 300 training images, never 1234 × 300
    assert len(shapes) == 13
    assert all(rows <= 100 and cols == 300 for rows, cols in shapes), shapes
    assert sum(rows for rows, _ in shapes) == 1234
    assert set(dtypes) == {np.dtype(np.float32)}  # half the memory of float64
