"""dlscratch_helpers: the code of Deep Learning from Scratch, chapter 4.

Functions keep the book's names so that the book and the course can be read
side by side. Each is taught in a notebook (a cell marked #@save), and the
module it is imported from here is generated from that notebook's #@save
cells by tools/export.py; tests/test_one_source.py fails if the two differ.
"""

from .functions import sigmoid, sigmoid_grad, softmax, step_function
from .i18n import get_language, set_language
from .loss import cross_entropy_error, sum_squares_error
from .mnist import load_mnist, mnist_info
from .numdiff import forward_diff, numerical_diff

# isort: split
# 4.4's simpleNet imports cross_entropy_error and softmax from this package:
# its module comes after theirs
from .gradient import DivergenceError, gradient_descent, numerical_gradient

__all__ = [
    "DivergenceError",
    "cross_entropy_error",
    "forward_diff",
    "get_language",
    "gradient_descent",
    "load_mnist",
    "mnist_info",
    "numerical_diff",
    "numerical_gradient",
    "set_language",
    "sigmoid",
    "sigmoid_grad",
    "softmax",
    "step_function",
    "sum_squares_error",
]
