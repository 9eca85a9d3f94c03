"""Korean strings: s4_4.

viz/gradient.py, viz/sgd.py, the texts of quiz/s4_4.py, and the alt text that
notebooks/4.4-gradients.ipynb passes to viz.show.
"""

MESSAGES: dict[str, str] = {
    (
        "x = ({x0:.2f}, {x1:.2f})   f(x) = {fx:.2f}\n"
        "−∇f = ({g0:.2f}, {g1:.2f}),  length {length:.2f}\n"
        "angle between −∇f and the way to the minimum: {angle}"
    ): (
        "x = ({x0:.2f}, {x1:.2f})   f(x) = {fx:.2f}\n"
        "−∇f = ({g0:.2f}, {g1:.2f}),  길이 {length:.2f}\n"
        "−∇f와 최솟값으로 가는 방향 사이의 각: {angle}"
    ),
    (
        "gradient descent diverged at step {step} with lr={lr:g}: x became "
        "{last!r} after {before!r}. Each step overshot the minimum by "
        "more than the last; try a learning rate about 10 times smaller."
    ): (
        "경사 하강법이 {step}번째 걸음에서 발산했습니다(lr={lr:g}). x는 {before!r} "
        "다음에 {last!r}이 되었습니다. 걸음마다 최솟값을 앞 걸음보다 더 멀리 "
        "지나쳤습니다. 학습률을 10배쯤 작게 해 보세요."
    ),
    "DIVERGED: x became inf/NaN at step {step}": (
        "발산: {step}번째 걸음에서 x가 inf/NaN이 됨"
    ),
    "DIVERGED: left the view at step {step}": (
        "발산: {step}번째 걸음에서 그림 밖으로 나감"
    ),
    "not getting closer: lr too large": "가까워지지 않음: lr이 너무 큼",
    "converging": "수렴 중",
    "still on the way": "아직 가는 중",
    "lr = {lr:.3g}, {step_num} steps: {message}": (
        "lr = {lr:.3g}, {step_num}걸음: {message}"
    ),
    (
        "start ({x0:.2f}, {x1:.2f})\n"
        "after {steps} steps: x = ({end0:.3g}, {end1:.3g})\n"
        "f(x): {f_start:.3g} → {f_end:.3g}"
    ): (
        "시작점 ({x0:.2f}, {x1:.2f})\n"
        "{steps}걸음 후: x = ({end0:.3g}, {end1:.3g})\n"
        "f(x): {f_start:.3g} ⟶ {f_end:.3g}"
    ),
    "minimum (0, 0)": "최솟값 (0, 0)",
    "straight to the minimum": "최솟값으로 곧장 가는 방향",
    "direction of −∇f at the point": "빨간 점에서 −∇f의 방향",
    (
        "Contour lines of f = {function} on a grid from -2 to 2.25, with a grey arrow "
        "of minus the gradient at every grid point; the arrows are longer far from the "
        "minimum at (0, 0), marked by a green star. A red dot at ({x0:g}, {x1:g}) has "
        "a red arrow along minus the gradient and a blue arrow pointing straight at "
        "the minimum; a box below the plot gives the angle between them."
    ): (
        "f = {function}의 등고선 위에, -2부터 2.25까지의 격자점마다 기울기의 반대 "
        "방향을 가리키는 회색 화살표가 있습니다. 화살표는 초록 별로 표시한 최솟값 (0, "
        "0)에서 멀수록 깁니다. ({x0:g}, {x1:g})의 빨간 점에는 기울기의 반대 방향을 "
        "따르는 빨간 화살표와 최솟값을 곧장 가리키는 파란 화살표가 있고, 그림 아래 "
        "상자에 둘 사이의 각이 나옵니다."
    ),
    "step": "걸음",
    "f(x)  (log scale)": "f(x)  (로그 척도)",
    "f(x) after each step": "각 걸음 뒤의 f(x)",
    "learning rate lr": "학습률 lr",
    "step_num": "반복 횟수 step_num",
    "start x0": "시작점 x0",
    "start x1": "시작점 x1",
    (
        "Left: contour lines of f = x0² + x1² and the path of gradient descent with lr "
        "= {lr:g} from the start ({x0:g}, {x1:g}), a black square, as blue dots "
        "towards the minimum at (0, 0), a green star. Right: f(x) after each of the "
        "{step_num} steps on a log scale from 1e-40 to 1e30."
    ): (
        "왼쪽: f = x0² + x1²의 등고선과, 검은 사각형으로 표시한 시작점 ({x0:g}, "
        "{x1:g})에서 lr = {lr:g}로 진행한 경사 하강법의 경로가 있습니다. 경로는 초록 "
        "별로 표시한 최솟값 (0, 0)을 향하는 파란 점들입니다. 오른쪽: {step_num}걸음 "
        "동안 각 걸음 뒤의 f(x)를 1e-40부터 1e30까지의 로그 척도로 보여 줍니다."
    ),
    "saddle point (star): f = x0² − x1²": "안장점(별): f = x0² − x1²",
    "plateau (the flat rim): f = 1 − exp(−2(x0² + x1²))": (
        "고원(평평한 가장자리): f = 1 − exp(−2(x0² + x1²))"
    ),
    "function must be one of {names}; got {function!r}": (
        "function은 {names} 중 하나여야 합니다. 받은 값: {function!r}"
    ),
    "−∇f for f = {function}": "f = {function}의 −∇f",
    "loss landscape": "손실 지형",
    "batch size B": "배치 크기 B",
    "B = 1: each arrow is one image's gradient": (
        "B = 1: 화살표 하나하나가 이미지 한 장의 기울기입니다"
    ),
    "a path left the view at step {step}:\nlr = {lr:.3g} is too large": (
        "경로 하나가 {step}번째 걸음에서 그림 밖으로 나갔습니다.\n"
        "학습률이 너무 큽니다 (lr = {lr:.3g})"
    ),
    "−gradient of all images": "전체 이미지의 −기울기",
    "radius σ/√B (predicted spread)": "반지름 σ/√B (예측한 퍼짐)",
    "|g|, all images:": "|g|, 전체 이미지:",
    "σ, one image's spread:": "σ, 이미지 한 장의 퍼짐:",
    "predicted σ/√B:": "예측한 σ/√B:",
    "full batch (all images)": "전체 배치 (모든 이미지)",
    "loss at the point (start):": "점(시작점)에서의 손실:",
    "point / start w0": "점 / 시작점 w0",
    "point / start w1": "점 / 시작점 w1",
    (
        "Two panels over the same contour lines of the loss of a two-weight model, w0 "
        "across and w1 up, with a green star at the lowest loss. Left: at the point "
        "({w0:g}, {w1:g}) a black arrow of minus the full gradient and a fan of "
        "{count} orange arrows of minus mini-batch gradients of {batch_size} images "
        "each, spread around the black arrow's tip, with a dashed blue circle of the "
        "predicted radius sigma over the square root of the batch size; a box gives "
        "the predicted and the measured spread. Right: from the same point, {steps} "
        "steps of gradient descent with lr = {lr:g}: a thick black path with all "
        "images and {runs} thin coloured paths with mini-batches, wandering around it "
        "towards the star."
    ): (
        "가중치가 두 개인 모델의 손실을 같은 등고선으로 그린 패널 두 개로, 가로축은 "
        "w0, 세로축은 w1이며 손실이 가장 낮은 곳에 초록 별이 있습니다. 왼쪽: 점 "
        "({w0:g}, {w1:g})에 전체 기울기의 반대 방향을 가리키는 검은 화살표가 있고, "
        "각각 이미지 {batch_size}장으로 된 미니배치 기울기의 반대 방향을 가리키는 "
        "주황 화살표 {count}개가 검은 화살표 끝 주위로 부채꼴로 퍼져 있습니다. "
        "예측한 반지름, 즉 시그마를 배치 크기의 제곱근으로 나눈 값의 파란 점선 원이 "
        "함께 있고, 상자에 예측한 퍼짐과 측정한 퍼짐이 나옵니다. 오른쪽: 같은 점에서 "
        "lr = {lr:g}로 진행한 경사 하강법 {steps}걸음으로, 전체 이미지를 쓴 굵은 "
        "검은 경로와 미니배치를 쓴 가는 색깔 경로 {runs}개가 그 주위를 오가며 별 "
        "쪽으로 갑니다."
    ),
    "lowest loss on the grid": "격자에서 손실이 가장 낮은 곳",
    "w0 (weight of ink)": "w0 (잉크 양의 가중치)",
    "w1 (weight of width)": "w1 (너비의 가중치)",
    "gradients at the point (arrows drawn ×{arrow:g})": (
        "점에서의 기울기 (화살표 길이 ×{arrow:g})"
    ),
    "gradient descent, {steps} steps from the point, the same lr": (
        "경사 하강법: 점에서 {steps}걸음, 같은 lr"
    ),
    "x must have shape (N, 2) and t (N,); got {x_shape}, {t_shape}": (
        "x의 형상은 (N, 2), t의 형상은 (N,)이어야 합니다. 받은 형상: {x_shape}, "
        "{t_shape}"
    ),
    "−gradient of {count} mini-batches": "미니배치 {count}개의 −기울기",
    "batch size B (of {n} images):": "배치 크기 B (이미지 {n}장 중):",
    "measured spread of the {count}:": "측정한 퍼짐 ({count}개):",
    "after {steps} steps, full batch:": "{steps}걸음 후, 전체 배치:",
    "after {steps} steps, mini-batches:": "{steps}걸음 후, 미니배치:",
    "(images per step: all {n} against B)": "(걸음당 이미지: 전체 {n}장 대 B장)",
    "mini-batch runs": "미니배치 실행",
    (
        "On the round bowl $f = x_0^2 + x_1^2$ the box below the plot reads, at the "
        "red point $(1, 1.5)$, $f = 3.25$ and a length of $-\\nabla f$ of 3.61. Move "
        "the point halfway to the minimum, to $(0.5, 0.75)$. What do $f$ and the "
        "length of $-\\nabla f$ become?"
    ): (
        "둥근 그릇 $f = x_0^2 + x_1^2$에서 그림 아래 상자는 빨간 점 $(1, 1.5)$에서 "
        "$f = 3.25$, $-\\nabla f$의 길이 3.61을 보여 줍니다. 점을 최솟값 쪽으로 "
        "절반만큼 옮겨 $(0.5, 0.75)$에 두세요. $f$와 $-\\nabla f$의 길이는 어떻게 "
        "될까요?"
    ),
    (
        "$f = x_0^2 + x_1^2$ is the squared distance from the minimum: half the "
        "distance, a quarter of $f$ (3.25 becomes 0.81). $\\nabla f = (2x_0, 2x_1) = "
        "2x$, so $|\\nabla f| = 2|x|$ is twice the distance: half the distance, half "
        "the length (3.61 becomes 1.80). The bowl is steeper far from its bottom, "
        "which is why the grey arrows are longer at the edge; and since the length "
        "depends only on the distance, it stays the same all around a circle about "
        "the minimum. $-\\nabla f = -2x$ is a multiple of $-x$, the straight way to "
        "$(0, 0)$: the angle between the red and the blue arrow is 0° at every point. "
        "The precise statement (the study note's, with the sign fixed): $-\\nabla f$ "
        "is the direction in which $f$ decreases fastest at each point (각 장소에서 "
        "함수의 출력 값을 가장 크게 줄이는 방향). On a round bowl that direction "
        "happens to be the way to the minimum; the next figure shows a bowl where it "
        "is not."
    ): (
        "$f = x_0^2 + x_1^2$는 최솟값으로부터의 거리의 제곱입니다. 거리가 절반이면 "
        "$f$는 4분의 1이 됩니다(3.25가 0.81로). $\\nabla f = (2x_0, 2x_1) = 2x$이므로 "
        "$|\\nabla f| = 2|x|$는 거리의 두 배입니다. 거리가 절반이면 길이도 절반이 "
        "됩니다(3.61이 1.80으로). 그릇은 바닥에서 멀수록 가파르므로 회색 화살표가 "
        "가장자리에서 더 깁니다. 또 길이는 거리에만 달려 있으므로, 최솟값을 중심으로 "
        "한 원 위에서는 어디서나 같습니다. $-\\nabla f = -2x$는 $(0, 0)$으로 곧장 가는 "
        "방향인 $-x$의 배수이므로, 빨간 화살표와 파란 화살표 사이의 각은 모든 점에서 "
        "0°입니다. 정확한 표현은 스터디 노트의 문장에서 부호만 바로잡은 것입니다. "
        "$-\\nabla f$는 '각 장소에서 함수의 출력 값을 가장 크게 줄이는 방향', 즉 각 "
        "점에서 $f$가 가장 빠르게 줄어드는 방향입니다. 둥근 그릇에서는 그 방향이 마침 "
        "최솟값으로 가는 길이지만, 다음 그림은 그렇지 않은 그릇을 보여 줍니다."
    ),
    "both halve": "둘 다 절반이 됩니다",
    "both fall to a quarter": "둘 다 4분의 1이 됩니다",
    "f falls to a quarter, the length of −∇f halves": (
        "f는 4분의 1이 되고, −∇f의 길이는 절반이 됩니다"
    ),
    "f halves, the length of −∇f falls to a quarter": (
        "f는 절반이 되고, −∇f의 길이는 4분의 1이 됩니다"
    ),
    (
        "$f$ is the <i>squared</i> distance from the minimum: half the distance gives "
        "a quarter of $f$."
    ): (
        "$f$는 최솟값으로부터의 거리의 <i>제곱</i>입니다. 거리가 절반이면 $f$는 "
        "4분의 1이 됩니다."
    ),
    (
        "The slope of a parabola grows in proportion to the distance, not to its "
        "square: $\\nabla f = 2x$ halves when $x$ halves."
    ): (
        "포물선의 기울기는 거리의 제곱이 아니라 거리에 비례해 커집니다. $x$가 절반이 "
        "되면 $\\nabla f = 2x$도 절반이 됩니다."
    ),
    (
        "The other way round: $f$, a squared distance, falls to a quarter, and its "
        "slope $2x$, to a half."
    ): (
        "반대입니다. 거리의 제곱인 $f$는 4분의 1로, 그 기울기 $2x$는 절반으로 "
        "줄어듭니다."
    ),
    (
        "Now the long bowl $f = x_0^2 + 10\\,x_1^2$, ten times steeper along $x_1$. "
        "At the red point $(2, 0.5)$ the box reads 54° between $-\\nabla f$ (red) "
        "and the way to the minimum (blue). Move the point halfway to the minimum, "
        "to $(1, 0.25)$. What does the angle become?"
    ): (
        "이번에는 $x_1$ 방향으로 열 배 가파른 길쭉한 그릇 $f = x_0^2 + "
        "10\\,x_1^2$입니다. 빨간 점 $(2, 0.5)$에서 상자에는 $-\\nabla f$(빨강)와 "
        "최솟값으로 가는 방향(파랑) 사이의 각이 54°로 나옵니다. 점을 최솟값까지의 "
        "절반인 $(1, 0.25)$로 옮기면 각은 어떻게 될까요?"
    ),
    "0°: close to the minimum, $-\\nabla f$ points at it": (
        "0°: 최솟값 가까이에서는 $-\\nabla f$가 최솟값을 가리킨다"
    ),
    "smaller than 54°, but not 0°": "54°보다 작지만 0°는 아니다",
    "54° again": "다시 54°",
    "larger than 54°": "54°보다 크다",
    (
        "At $(2, 0.5)$, $\\nabla f = (2x_0, 20x_1) = (4, 10)$, so $-\\nabla f = (-4, "
        "-10)$, while the way to the minimum is $(-2, -0.5)$: 54° apart. At $(1, "
        "0.25)$ both vectors are halved, and halving a vector does not turn it: 54° "
        "again, and again at $(0.2, 0.05)$, however close to the minimum you go. "
        "$-\\nabla f$ points mostly <i>across</i> the valley (along $x_1$, where the "
        "bowl is steep), not <i>along</i> it towards the minimum. The gradient only "
        "knows the slope where you stand: it is perpendicular to the contour line "
        "through that point, so it points straight at the minimum only where that "
        "contour line is perpendicular to the way to the minimum: everywhere on the "
        "round bowl, only on the two axes of the long bowl. Loss functions of real "
        "networks look far more like the long bowl."
    ): (
        "$(2, 0.5)$에서 $\\nabla f = (2x_0, 20x_1) = (4, 10)$이므로 $-\\nabla f = "
        "(-4, -10)$인데, 최솟값으로 가는 방향은 $(-2, -0.5)$입니다. 둘은 54° 차이가 "
        "납니다. $(1, 0.25)$에서는 두 벡터가 모두 절반이 되는데, 벡터를 절반으로 "
        "줄여도 방향은 돌아가지 않습니다. 그래서 각은 다시 54°이고, "
        "$(0.2, 0.05)$에서도, 최솟값에 아무리 가까이 가도 54°입니다. "
        "$-\\nabla f$는 골짜기를 <i>따라</i> "
        "최솟값 쪽을 가리키지 않고, 주로 골짜기를 <i>가로질러</i>(그릇이 가파른 $x_1$ "
        "방향으로) 가리킵니다. 기울기는 지금 서 있는 곳이 어느 쪽으로 얼마나 "
        "기울었는지만 압니다. 기울기는 그 점을 지나는 등고선에 수직이므로, 그 등고선이 "
        "최솟값으로 가는 방향에 수직인 곳에서만 최솟값을 곧장 가리킵니다. 둥근 "
        "그릇에서는 모든 곳, 길쭉한 그릇에서는 두 축 위뿐입니다. 실제 신경망의 손실 "
        "함수는 길쭉한 그릇을 훨씬 더 닮았습니다."
    ),
    (
        "Compute $-\\nabla f = (-2x_0, -20x_1)$ at $(1, 0.25)$ and compare it with "
        "$-\\nabla f$ at $(2, 0.5)$: what changed, the direction or only the length?"
    ): (
        "$(1, 0.25)$에서 $-\\nabla f = (-2x_0, -20x_1)$을 계산해 $(2, 0.5)$에서의 "
        "$-\\nabla f$와 비교해 보세요. 바뀐 것은 방향일까요, 길이뿐일까요?"
    ),
    (
        "The angle depends only on the direction from the minimum, not on the "
        "distance: $\\nabla f$ halves when $x$ halves."
    ): (
        "각은 최솟값으로부터의 방향에만 달려 있고 거리와는 상관없습니다. $x$가 "
        "절반이 되면 $\\nabla f$도 절반이 됩니다."
    ),
    (
        "Round bowl, start $(-3, 4)$, 100 steps. Move the learning rate lr from "
        "0.1 to 0.631, the slider's value next to 0.6. What does the path do?"
    ): (
        "둥근 그릇, 시작점 $(-3, 4)$, 100걸음입니다. 학습률 lr을 0.1에서 0.6 바로 "
        "옆의 슬라이더 값인 0.631로 옮겨 보세요. 경로는 어떻게 될까요?"
    ),
    (
        "On $x_0^2 + x_1^2$ one step is $x \\leftarrow x - \\eta\\cdot 2x = (1 - "
        "2\\eta)\\,x$. With $\\eta = 0.1$ the factor is 0.8: $x$ shrinks and keeps its "
        "sign. With $\\eta = 0.631$ it is $-0.262$: every step jumps "
        "across the minimum (the sign flips), but lands about 4 times closer, so "
        "the zigzag converges, even "
        "faster than with 0.1. At $\\eta = 0.5$ the factor is 0: one step lands on the "
        "minimum."
    ): (
        "$x_0^2 + x_1^2$에서 한 걸음은 $x \\leftarrow x - \\eta\\cdot 2x = (1 - "
        "2\\eta)\\,x$입니다. $\\eta = 0.1$이면 배율은 0.8이므로 $x$는 줄어들고 "
        "부호는 그대로입니다. $\\eta = 0.631$이면 배율은 $-0.262$입니다. 걸음마다 "
        "최솟값을 건너뛰지만(부호가 바뀝니다) 약 4배 가까운 곳에 떨어지므로, "
        "지그재그는 수렴하고 0.1일 때보다도 빠릅니다. $\\eta = 0.5$이면 배율이 "
        "0이어서 한 걸음 만에 최솟값에 도착합니다."
    ),
    "converges straight in, as with lr = 0.1": "lr = 0.1일 때처럼 곧장 수렴합니다",
    "zigzags across the minimum, but converges": (
        "최솟값을 가로지르며 지그재그로 움직이지만 수렴합니다"
    ),
    "bounces between two points forever": "두 점 사이를 영원히 오갑니다",
    "diverges": "발산합니다",
    (
        "Above $\\eta = 0.5$ the factor $1 - 2\\eta$ is negative: each step overshoots "
        "to the other side."
    ): (
        "$\\eta = 0.5$보다 크면 배율 $1 - 2\\eta$가 음수입니다. 걸음마다 반대편으로 "
        "넘어갑니다."
    ),
    "That needs the factor $1 - 2\\eta$ to be exactly $-1$.": (
        "그러려면 배율 $1 - 2\\eta$가 정확히 $-1$이어야 합니다."
    ),
    "Only when $|1 - 2\\eta| > 1$: 0.631 overshoots, but by less each time.": (
        "$|1 - 2\\eta| > 1$일 때만 발산합니다. 0.631은 넘어가긴 하지만 매번 덜 "
        "넘어갑니다."
    ),
    (
        "Still the round bowl: above which learning rate does gradient descent "
        "stop converging? Type a number, then look for it with the lr slider."
    ): (
        "여전히 둥근 그릇입니다. 학습률이 얼마를 넘으면 경사 하강법이 더는 수렴하지 "
        "않을까요? 숫자를 입력한 다음, lr 슬라이더로 찾아보세요."
    ),
    (
        "Each step multiplies $x$ by $1 - 2\\eta$, and $|1 - 2\\eta| \\lt 1$ means $0 "
        "\\lt \\eta \\lt 1$. At exactly $\\eta = 1$ the factor is $-1$: $x$ bounces "
        "between $(-3, 4)$ and $(3, -4)$ forever. Above 1 each step lands farther away "
        "than the last: the path leaves the picture and the loss panel climbs instead "
        "of falling (in a long run it levels off far above $10^{20}$, where the "
        "numerical gradient gives up: see Common mistakes). At the other end, tiny "
        "rates never diverge but crawl: with $\\eta = 10^{-4}$ the factor is 0.9998, "
        "and 200 steps get almost nowhere."
    ): (
        "걸음마다 $x$에 $1 - 2\\eta$가 곱해지고, $|1 - 2\\eta| \\lt 1$은 $0 \\lt "
        "\\eta \\lt 1$을 뜻합니다. 정확히 $\\eta = 1$이면 배율이 $-1$이어서 $x$는 "
        "$(-3, 4)$와 $(3, -4)$ 사이를 영원히 오갑니다. 1보다 크면 걸음마다 이전보다 "
        "더 먼 곳에 떨어집니다. 경로는 그림 밖으로 나가고 손실 그래프는 내려가는 "
        "대신 올라갑니다(오래 실행하면 $10^{20}$보다 훨씬 위에서 평평해지는데, 그 "
        "높이에서는 수치 기울기가 0이 되어 버립니다. '자주 하는 실수'를 보세요). "
        "반대쪽 끝에서, 아주 작은 학습률은 발산하지는 않지만 기어갑니다. $\\eta = "
        "10^{-4}$이면 배율이 0.9998이라 200걸음을 가도 거의 제자리입니다."
    ),
    (
        "Set the batch size to $B = 10$ and move the point onto the green star, the "
        "lowest loss, where the black arrow $-g$ shrinks to almost 0. There, compared "
        "with the black arrow, the cloud of orange arrows (the mini-batch gradients) "
        "is…"
    ): (
        "배치 크기를 $B = 10$으로 놓고, 점을 손실이 가장 낮은 초록 별 위로 옮기세요. "
        "그곳에서 검은 화살표 $-g$는 거의 0으로 줄어듭니다. 거기서 주황 화살표 "
        "구름(미니배치 기울기)은 검은 화살표와 비교해…"
    ),
    (
        "On the saved run, at the star $|g|$ is about 0.004, but the box reads a "
        "spread of about 0.10: the cloud is some 30 times longer than the black "
        "arrow. $g$ is the <i>mean</i> of the per-image gradients $g_n = (y_n - "
        "t_n)\\,x_n$; at the minimum they cancel out, but they do not vanish one by "
        "one: a 7 with little ink, a 1 written wide, still pull their own ways. Their "
        "spread $\\sigma$ itself falls, to about a third here (0.947 to 0.315 on the "
        "saved run; the box, 0.30 to 0.10), as most images are now classified well, "
        "but a mini-batch mean of $B$ of them lands about $\\sigma/\\sqrt{B}$ from "
        "$g$, section 4.2's law. So near the minimum a mini-batch step is almost pure "
        "noise: on the right, the coloured paths keep wandering around the star "
        "instead of stopping on it. A smaller learning rate (shorter steps) or a "
        "larger $B$ (a smaller cloud) makes them settle closer."
    ): (
        "저장된 실행에서 별의 $|g|$는 약 0.004이지만, 상자에 나오는 퍼짐은 약 "
        "0.10입니다. 구름이 검은 화살표보다 30배쯤 깁니다. $g$는 이미지별 기울기 "
        "$g_n = (y_n - t_n)\\,x_n$의 <i>평균</i>입니다. 최솟값에서 이들은 서로 "
        "상쇄되지만 하나하나가 사라지지는 않습니다. 잉크가 적은 7, 넓게 쓴 1은 여전히 "
        "저마다의 방향으로 당깁니다. 이제 대부분의 이미지가 잘 분류되므로 퍼짐 "
        "$\\sigma$ 자체도 여기서는 약 3분의 1로 줄지만(저장된 실행에서 0.947에서 "
        "0.315로, 상자에서는 0.30에서 0.10으로), 그중 $B$개로 낸 미니배치 평균은 "
        "여전히 $g$에서 약 $\\sigma/\\sqrt{B}$ 떨어진 곳에 놓입니다(4.2절의 법칙). "
        "그래서 최솟값 근처에서 미니배치 한 걸음은 거의 순수한 잡음입니다. 오른쪽에서 "
        "색깔 경로들은 별에 멈추지 않고 그 주위를 계속 헤맵니다. 학습률을 더 작게 "
        "하거나(더 짧은 걸음) $B$를 더 크게 하면(더 작은 구름) 더 가까이 자리 잡습니다."
    ),
    "much smaller: it shrinks with the black arrow": (
        "훨씬 작다: 검은 화살표와 함께 줄어든다"
    ),
    "about as long as the black arrow": "검은 화살표와 길이가 비슷하다",
    "much larger: the noise dominates": "훨씬 크다: 잡음이 압도한다",
    (
        "Only the <i>mean</i> of the per-image gradients is 0 at the minimum. Each "
        "image's own gradient is not, and a mean of 10 of them, picked at random, is "
        "not either."
    ): (
        "최솟값에서 0이 되는 것은 이미지별 기울기의 <i>평균</i>뿐입니다. 이미지 "
        "하나하나의 기울기는 0이 아니고, 무작위로 고른 10개의 평균도 0이 아닙니다."
    ),
    (
        "The black arrow is the mean over all images, which cancels to almost 0. A "
        "mean of only 10 does not cancel: it lands about $\\sigma/\\sqrt{10}$ away, "
        "and $\\sigma$ falls only to about a third, while $|g|$ falls to almost "
        "nothing."
    ): (
        "검은 화살표는 모든 이미지에 대한 평균이라 상쇄되어 거의 0이 됩니다. 10개만의 "
        "평균은 상쇄되지 않고 약 $\\sigma/\\sqrt{10}$ 떨어진 곳에 놓입니다. "
        "$|g|$는 거의 0으로 줄지만 $\\sigma$는 약 3분의 1로 줄 뿐입니다."
    ),
    (
        "∂g/∂x0 = 2·x0·x1 = 12 and ∂g/∂x1 = x0² = 9: numerical_gradient(lambda x: x[0] "
        "** 2 * x[1], np.array([3.0, 2.0]))."
    ): (
        "∂g/∂x0 = 2·x0·x1 = 12이고 ∂g/∂x1 = x0² = 9입니다. numerical_gradient(lambda "
        "x: x[0] ** 2 * x[1], np.array([3.0, 2.0]))로 구할 수 있습니다."
    ),
    "Did you write the point with a decimal point, np.array([3.0, 2.0])?": (
        "점을 소수점을 붙여 np.array([3.0, 2.0])로 썼나요?"
    ),
    (
        "Loop over every index of x, whatever its shape (np.ndindex(x.shape) gives (0, "
        "0), (0, 1), ...), nudge that one element by +h and -h, take (f(x+h) - f(x-h)) "
        "/ (2h), and put the element back before the next."
    ): (
        "x의 형상이 무엇이든 모든 인덱스를 돌면서(np.ndindex(x.shape)는 (0, 0), (0, "
        "1), ...을 줍니다), 그 원소 하나를 +h와 -h만큼 움직이고, (f(x+h) - f(x-h)) / "
        "(2h)를 계산한 다음, 다음 원소로 넘어가기 전에 그 원소를 원래 값으로 "
        "되돌립니다."
    ),
    (
        "(with a 2-D x, x[i] for an integer i is a whole row: loop over "
        "np.ndindex(x.shape) and index with the tuple it gives)"
    ): (
        "(2차원 x에서 정수 i에 대한 x[i]는 행 전체입니다. np.ndindex(x.shape)를 "
        "돌면서 그것이 주는 튜플로 인덱싱하세요)"
    ),
    (
        "After nudging x[idx], put the old value back (x[idx] = tmp_val), or f sees a "
        "changed x for every later element and so does the caller."
    ): (
        "x[idx]를 움직인 다음에는 원래 값을 되돌려 놓으세요(x[idx] = tmp_val). 그러지 "
        "않으면 이후의 모든 원소에서 f가 바뀐 x를 보게 되고, 호출한 쪽도 "
        "마찬가지입니다."
    ),
    "x + h and x - h are 2h apart: divide by 2 * h.": (
        "x + h와 x - h는 2h만큼 떨어져 있으므로 2 * h로 나누세요."
    ),
    (
        "Use the central difference (f(x+h) - f(x-h)) / (2h) with h = 1e-4, as "
        "numerical_gradient does."
    ): (
        "numerical_gradient처럼 h = 1e-4로 중심 차분 (f(x+h) - f(x-h)) / (2h)를 쓰세요."
    ),
    "Return an array shaped like x: start from np.zeros_like(x).": (
        "x와 같은 형상의 배열을 돌려주세요. np.zeros_like(x)에서 시작하면 됩니다."
    ),
    "Nudge one element at a time, and evaluate f twice for each.": (
        "한 번에 원소 하나씩 움직이고, 원소마다 f를 두 번 계산하세요."
    ),
    (
        "Each step multiplies x by 1 - 2·0.25 = 0.5; three steps by 0.5³ = 0.125: (-3, "
        "4) · 0.125 = (-0.375, 0.5)."
    ): (
        "걸음마다 x에 1 - 2·0.25 = 0.5가 곱해지고, 세 걸음이면 0.5³ = 0.125가 "
        "곱해집니다. (-3, 4) · 0.125 = (-0.375, 0.5)."
    ),
    (
        "x = init_x.copy(), then step_num times x -= lr * numerical_gradient(f, x), "
        "and return x. The copy is what keeps the caller's init_x intact."
    ): (
        "x = init_x.copy()로 시작해 step_num번 x -= lr * numerical_gradient(f, x)를 한 "
        "다음 x를 돌려줍니다. 호출한 쪽의 init_x를 그대로 지켜 주는 것이 바로 이 "
        "복사입니다."
    ),
    (
        "x = init_x gives the same array a second name, so x -= ... changed the "
        "caller's init_x: start from init_x.copy()."
    ): (
        "x = init_x는 같은 배열에 이름을 하나 더 붙일 뿐이라서, x -= ...가 호출한 "
        "쪽의 init_x를 바꿨습니다. init_x.copy()에서 시작하세요."
    ),
    "Go downhill: subtract lr * gradient.": (
        "내리막으로 가세요. lr * 기울기를 빼야 합니다."
    ),
    "Take exactly step_num steps, each x -= lr * gradient.": (
        "정확히 step_num번 반복하세요. 매번 x -= lr * 기울기입니다."
    ),
    (
        "Take exactly step_num steps, each x -= lr * gradient, with the gradient "
        "computed afresh at the current x."
    ): (
        "정확히 step_num번 반복하세요. 매번 x -= lr * 기울기이고, 기울기는 "
        "그때의 x에서 새로 계산합니다."
    ),
    (
        "Along x1 a step multiplies by 1 - 20·lr, which must stay within [-1, 1]: lr ≤ "
        "0.1 (along x0, 1 - 2·lr would allow up to 1). At exactly 0.1, x1 flips sign "
        "forever without shrinking. The steepest direction sets the largest usable "
        "learning rate; the flattest one, how many steps are needed."
    ): (
        "x1 방향으로는 한 걸음마다 1 - 20·lr이 곱해지고, 이 값은 [-1, 1] 안에 있어야 "
        "하므로 lr ≤ 0.1입니다(x0 방향으로는 1 - 2·lr이므로 1까지 허용됩니다). "
        "정확히 0.1이면 x1은 줄어들지 않고 부호만 영원히 바뀝니다. 가장 가파른 "
        "방향이 쓸 수 있는 가장 큰 학습률을 정하고, 가장 평평한 방향이 필요한 걸음 "
        "수를 정합니다."
    ),
    "Write one step along each axis as x_i ← (1 - c·lr)·x_i; which axis fails first?": (
        "축마다 한 걸음을 x_i ← (1 - c·lr)·x_i로 써 보세요. 어느 축이 먼저 한계에 "
        "이를까요?"
    ),
    (
        "net = simpleNet(); net.W = W; f = lambda w: net.loss(x, t); return "
        "numerical_gradient(f, net.W). numerical_gradient nudges the very array that "
        "net.loss reads, and puts every element back, so W is unchanged afterwards. "
        "(Chapter 5's analytic form, x.T @ (softmax(x @ W) - t) / N, gives the same "
        "numbers.)"
    ): (
        "net = simpleNet(); net.W = W; f = lambda w: net.loss(x, t); return "
        "numerical_gradient(f, net.W). numerical_gradient는 net.loss가 읽는 바로 그 "
        "배열을 움직이고 원소를 모두 원래대로 되돌려 놓으므로, 끝난 뒤에도 W는 "
        "그대로입니다. (5장의 해석적 형태 x.T @ (softmax(x @ W) - t) / N도 같은 값을 "
        "줍니다.)"
    ),
    (
        "If you get all zeros, the nudges never reached the loss: pass "
        "numerical_gradient the array net.loss reads (net.W), not a copy."
    ): (
        "결과가 모두 0이라면 움직임이 손실에 닿지 않은 것입니다. "
        "numerical_gradient에 복사본이 아니라 net.loss가 읽는 배열(net.W)을 넘기세요."
    ),
    "W must be unchanged afterwards: do not step W, only compute the gradient.": (
        "끝난 뒤에도 W는 그대로여야 합니다. W를 갱신하지 말고 기울기만 계산하세요."
    ),
    "dW has the shape of W, (2, 3), whatever the batch size.": (
        "dW는 배치 크기와 상관없이 W와 같은 형상 (2, 3)입니다."
    ),
    (
        "784·50 + 50 + 50·10 + 10 = 39,760 parameters, two loss evaluations each: "
        "79,520 forward passes over the batch for one gradient, i.e. for one step "
        "(plus one check per array in the package's version). The book's training "
        "takes 10,000 steps: about 8·10⁸ forward passes of 100 images; even at a third "
        "of a millisecond each, that is about 3 days. Section 4.5 trains in seconds "
        "because it takes the gradient by backpropagation (chapter 5), which costs "
        "about one forward and one backward pass per step, however many parameters "
        "there are."
    ): (
        "784·50 + 50 + 50·10 + 10 = 39,760개의 매개변수마다 손실을 두 번 계산합니다. "
        "그러면 기울기 하나, 즉 한 걸음에 배치 전체의 순전파가 79,520번 "
        "필요합니다(패키지 버전에서는 배열마다 검사가 한 번 더 있습니다). 책의 "
        "학습은 10,000걸음이므로 이미지 100장의 순전파가 약 8·10⁸번입니다. 한 번에 "
        "3분의 1밀리초만 걸린다 해도 약 3일입니다. 4.5절이 몇 초 만에 학습하는 것은 "
        "기울기를 오차역전파법(5장)으로 구하기 때문인데, 이 방법은 매개변수가 몇 "
        "개든 한 걸음에 순전파 한 번과 역전파 한 번 정도만 듭니다."
    ),
    "Two evaluations per parameter: f(x+h) and f(x-h).": (
        "매개변수마다 두 번 계산합니다. f(x+h)와 f(x-h)입니다."
    ),
    "Count the biases too: b1 has 50 entries, b2 has 10.": (
        "편향도 세세요. b1은 원소가 50개, b2는 10개입니다."
    ),
    (
        "Count every parameter: W1 is 784×50, b1 50, W2 50×10, b2 10; then two loss "
        "evaluations per parameter."
    ): (
        "매개변수를 모두 세세요. W1은 784×50, b1은 50, W2는 50×10, b2는 10입니다. "
        "그다음 매개변수마다 손실을 두 번 계산합니다."
    ),
    "{low:.3f} to {high:.3f}": "{low:.3f} ~ {high:.3f}",
    (
        "Two fields of arrows of minus the gradient. Left, the saddle f = x0² − x1²: "
        "arrows point in towards the x1 axis and out along it, and the point (0, 0), "
        "marked by a red star, has gradient 0 but is no minimum. Right, a bowl with a "
        "flat rim: long arrows point at the minimum in the middle, a green star, while "
        "on the flat plateau outside radius 1.5 the arrows shrink to dots."
    ): (
        "기울기의 반대 방향을 가리키는 화살표로 채운 그림 두 개입니다. 왼쪽은 안장점 "
        "f = x0² − x1²입니다. 화살표가 x1축 쪽으로 모여들고 x1축을 따라서는 바깥으로 "
        "향하며, 빨간 별로 표시한 점 (0, 0)은 기울기가 0이지만 최솟값이 아닙니다. "
        "오른쪽은 가장자리가 평평한 그릇입니다. 긴 화살표들이 가운데의 최솟값(초록 "
        "별)을 가리키고, 반지름 1.5 바깥의 평평한 고원에서는 화살표가 점으로 "
        "줄어듭니다."
    ),
    (
        "t must hold labels 0 or 1 (one digit against the other), but image {k} has"
        " {value:g}: the loss of this model, y = sigmoid(w·x), needs them, e.g."
        " t = (labels == 1).astype(float)"
    ): (
        "t에는 레이블 0 또는 1(한 숫자와 다른 숫자)이 들어 있어야 하는데, 이미지 {k}의"
        " 값은 {value:g}입니다. 이 모델 y = sigmoid(w·x)의 손실에는 0과 1이 필요합니다."
        " 예: t = (labels == 1).astype(float)"
    ),
}
