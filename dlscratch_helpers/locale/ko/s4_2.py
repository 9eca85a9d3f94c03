"""Korean strings: s4_2 (section 4.2, loss functions).

The strings of viz/loss.py, the alt texts the 4.2 notebook passes to
viz.show, and the texts of quiz/s4_2.py. Keys are the exact English texts.
"""

MESSAGES: dict[str, str] = {
    # --- viz/loss.py: figures and explorers of 4.2
    "y = {p}: −log y = {loss:.2f}\n(answer right)": (
        "y = {p}: −log y = {loss:.2f}\n(정답)"
    ),
    "y = {p}: −log y = {loss:.2f}\n(answer wrong)": (
        "y = {p}: −log y = {loss:.2f}\n(오답)"
    ),
    "y = probability the network gives the correct class": (
        "y = 신경망이 정답 클래스에 주는 확률"
    ),
    "cross entropy error −log y": "교차 엔트로피 오차 −log y",
    "Small probability for the right answer → large loss": (
        "정답의 확률이 작으면 손실이 큼"
    ),
    "→ ∞ as y → 0": "y가 0에 가까워지면 ∞로",
    "class k (the correct answer is 2)": "클래스 k (정답은 2)",
    "Network output y": "신경망의 출력 y",
    "p = y_2, probability on the correct class": "p = y_2, 정답 클래스의 확률",
    "Sum of squares error (SSE)": "오차제곱합(SSE)",
    "largest possible SSE = 1": "SSE의 최댓값 = 1",
    "cap −log(1e-7) ≈ 16.1": "상한 −log(1e-7) ≈ 16.1",
    "Cross entropy error (CEE)": "교차 엔트로피 오차(CEE)",
    "argmax = {guess} (right)": "argmax = {guess} (정답)",
    "argmax = {guess} (wrong)": "argmax = {guess} (오답)",
    "p on correct class": "정답 클래스의 p",
    "spread over the 9 others": "나머지 9개에 고르게",
    "all on class 7": "모두 클래스 7에",
    "1 − p goes": "1 − p의 배분",
    (
        "Three panels. Left: bar chart of the network's ten output probabilities, {p}"
        " on the correct class 2 and the rest spread over the other nine. Middle: the"
        " sum of squares error and right: the cross entropy error, each drawn as a"
        " curve over the probability p from {p} to 1, with a dot at the current p; the"
        " curves are extended as the slider moves p lower."
    ): (
        "패널 세 개입니다. 왼쪽: 신경망이 출력한 확률 10개의 막대그래프로, 정답 클래스"
        " 2에 {p}, 나머지는 다른 아홉 클래스에 고르게 나뉘어 있습니다. 가운데는"
        " 오차제곱합, 오른쪽은 교차 엔트로피 오차로, 각각 확률 p에 대한 곡선을 {p}부터"
        " 1까지 그리고 현재 p에 점을 찍었습니다. 슬라이더로 p를 낮추면 곡선이 그만큼"
        " 늘어납니다."
    ),
    (
        "losses must be the finite losses of at least 2 images, one number each; got"
        " {size} value(s) of shape {shape}"
    ): (
        "losses는 이미지 2장 이상의 유한한 손실이어야 합니다(이미지마다 숫자 하나)."
        " 받은 것: 형상 {shape}의 값 {size}개"
    ),
    " full-data loss {full:.3f}": " 전체 데이터의 손실 {full:.3f}",
    "mean cross entropy error of one mini-batch": (
        "미니배치 하나의 교차 엔트로피 오차 평균"
    ),
    "fraction of {n} mini-batches": "미니배치 {n}개 중 비율",
    "Mini-batch estimates of the loss": "미니배치로 추정한 손실",
    "σ / √(batch size)": "σ / √(배치 크기)",
    "measured spread (std), sizes you tried": "측정한 퍼짐(표준편차), 시도한 크기",
    "current batch size": "현재 배치 크기",
    "batch size": "배치 크기",
    "std of the estimates": "추정값의 표준편차",
    "Spread of the estimates vs. batch size": "배치 크기에 따른 추정값의 퍼짐",
    "batch size {b}: std {std:.3f}\none batch costs 1/{share:.0f} of a full pass": (
        "배치 크기 {b}: 표준편차 {std:.3f}\n배치 하나의 계산량: 전체를 한 번 훑는"
        " 계산의 1/{share:.0f}"
    ),
    "{beyond:.1%} of the estimates are beyond the right edge": (
        "추정값의 {beyond:.1%}는 오른쪽 끝 너머에 있음"
    ),
    "show the law of the spread": "퍼짐의 법칙 보기",
    (
        "Left: histogram of the mean loss of {n_estimates} random mini-batches of"
        " {batch_size} images, centred on a black line at the loss over all {n} images."
        " Right: log-log axes of the spread (standard deviation) of these estimates"
        " against the batch size, with one red dot at the current batch size; dots are"
        " added for each batch size the slider visits."
    ): (
        "왼쪽: 이미지 {batch_size}장짜리 무작위 미니배치 {n_estimates}개의 평균 손실을"
        " 나타낸 히스토그램으로, 이미지 {n}장 전체의 손실을 나타내는 검은 선을 중심으로"
        " 모여 있습니다. 오른쪽: 이 추정값들의 퍼짐(표준편차)을 배치 크기에 대해 그린"
        " 그래프로(두 축 모두 로그 척도), 현재 배치 크기에 빨간 점이 하나"
        " 있습니다. 슬라이더가 지나간 배치 크기마다 점이 더해집니다."
    ),
    "class {k}": "클래스 {k}",
    "input x": "입력 x",
    "P(class 1) = sigmoid(w·x + b)": "P(클래스 1) = sigmoid(w·x + b)",
    "The classifier (b = {b} fixed)": "분류기 (b = {b} 고정)",
    "weight w": "가중치 w",
    "accuracy (%)": "정확도(%)",
    "Accuracy as w moves": "w에 따른 정확도",
    "mean CEE": "CEE 평균",
    "Loss as w moves": "w에 따른 손실",
    "d loss / dw": "d 손실 / dw",
    "d accuracy / dw": "d 정확도 / dw",
    "w where the accuracy changes": "정확도가 바뀌는 w",
    "slope": "기울기",
    "Slopes of accuracy and loss": "정확도와 손실의 기울기",
    "class 1 where x > {threshold:.2f}": "x > {threshold:.2f}일 때 클래스 1",
    "class 1 where x < {threshold:.2f}": "x < {threshold:.2f}일 때 클래스 1",
    "w = 0: the same answer for every x": "w = 0: 모든 x에 같은 답",
    "accuracy {a:.1%}, slope {da:g}\nloss {e:.4f}, slope {de:+.4f}": (
        "정확도 {a:.1%}, 기울기 {da:g}\n손실 {e:.4f}, 기울기 {de:+.4f}"
    ),
    (
        "Four panels. Top left: 40 points of two classes on a line, class 0 at height 0"
        " and class 1 at height 1, with the classifier's sigmoid curve for w = {w} and"
        " a dashed line at its threshold. Top right, bottom left and bottom right: the"
        " accuracy, the loss and their slopes against the weight w from -2 to 6, each"
        " with a red marker at w = {w}; the curves are drawn over the range of w the"
        " slider has visited."
    ): (
        "패널 네 개입니다. 왼쪽 위: 한 직선 위에 놓인 두 클래스의 점 40개(클래스 0은"
        " 높이 0, 클래스 1은 높이 1)와 w = {w}일 때 분류기의 시그모이드 곡선, 그 임계값"
        " 위치의 점선이 있습니다. 오른쪽 위, 왼쪽 아래, 오른쪽 아래: 가중치 w(-2부터"
        " 6까지)에 대한 정확도, 손실, 그리고 둘의 기울기로, 각각 w = {w}에 빨간 표시가"
        " 있습니다. 곡선은 슬라이더가 지나간 w의 범위에 걸쳐 그려집니다."
    ),
    "Activation functions": "활성화 함수",
    "step: 0 (undefined at x = 0)": "계단 함수: 0 (x = 0에서는 정의되지 않음)",
    "sigmoid_grad: never 0": "sigmoid_grad: 0이 되지 않음",
    "Their derivatives": "두 함수의 미분",
    # --- notebooks/4.2-loss-functions.ipynb: alt texts passed to viz.show
    (
        "The curve -log y for y from 0 to 1: 0 at y = 1, rising ever more steeply as y"
        " approaches 0. The study note's two cases are marked: y = 0.6 gives 0.51"
        " (right answer, green) and y = 0.1 gives 2.30 (wrong answer, red)."
    ): (
        "y가 0부터 1까지일 때의 곡선 -log y: y = 1에서 0이고, y가 0에 가까워질수록 점점"
        " 더 가파르게 올라갑니다. 스터디 노트의 두 경우가 표시되어 있습니다. y ="
        " 0.6이면 0.51(정답, 초록색), y = 0.1이면 2.30(오답, 빨간색)입니다."
    ),
    (
        "Left: the step function jumps from 0 to 1 at x = 0, while the sigmoid rises"
        " smoothly from 0 to 1. Right: their derivatives: the step function's is 0 on"
        " both sides and undefined at x = 0; the sigmoid's is a bell curve, 0.25 at x ="
        " 0 and small but above 0 everywhere."
    ): (
        "왼쪽: 계단 함수는 x = 0에서 값이 0에서 1로 뛰어오르고, 시그모이드 함수는"
        " 0에서 1로 매끄럽게 올라갑니다. 오른쪽: 두 함수의 미분입니다. 계단 함수의"
        " 미분은 양쪽에서 0이고 x = 0에서는 정의되지 않습니다. 시그모이드 함수의 미분은"
        " 종 모양 곡선으로, x = 0에서 0.25이고 어디서나 작지만 0보다 큽니다."
    ),
    # --- quiz/s4_2.py: predictions and exercises
    (
        "The network gives the correct class 2 the probability $p = 0.6$; the rest, $1"
        " - p$, is spread over the other nine digits. Move $p$ down to 0, where the"
        " network is sure the answer is not 2. The cross entropy error climbs steeply,"
        " as the curve of $-\\log y$ above showed. What does the sum of squares error"
        " do?"
    ): (
        "신경망이 정답 클래스 2에 확률 $p = 0.6$을 주고, 나머지 $1 - p$는 다른 아홉"
        " 숫자에 고르게 나눠 줍니다. $p$를 0까지 내려 보세요. 그러면 신경망은 답이"
        " 2가 아니라고 확신합니다. 교차 엔트로피 오차는 위의 $-\\log y$ 곡선에서"
        " 보았듯이 가파르게 오릅니다. 오차제곱합은 어떻게 될까요?"
    ),
    (
        "At $p = 0$ with the rest spread out, SSE is $\\frac{1}{2}\\left(1^2 + 9 \\cdot"
        " (1/9)^2\\right) = 5/9 \\approx 0.556$; it can never exceed 1, reached only"
        " when all of $1 - p$ sits on one wrong class ($\\frac{1}{2}(1 + 1)$). To SSE,"
        " 0.05 for the right answer and 0 for it are nearly the same. CEE is $-\\log(p"
        " + 10^{-7})$: it depends only on $p$ and climbs without bound as $p \\to 0$,"
        " stopped only by delta at $-\\log 10^{-7} \\approx 16.1$. It punishes a"
        " confident wrong answer far more, which is why classification is trained on"
        " CEE."
    ): (
        "나머지가 고르게 퍼진 채로 $p = 0$이면 SSE는 $\\frac{1}{2}\\left(1^2 + 9 \\cdot"
        " (1/9)^2\\right) = 5/9 \\approx 0.556$입니다. SSE는 결코 1을 넘지 않으며, 1은"
        " $1 - p$ 전부가 잘못된 클래스 하나에 몰릴 때만 나옵니다($\\frac{1}{2}(1 +"
        " 1)$). SSE로 보면 정답에 준 확률이 0.05이든 0이든 거의 같습니다."
        " CEE는 $-\\log(p + 10^{-7})$로, $p$에만 의존하며 $p \\to 0$일 때"
        " 한없이 커지다가 delta 때문에 $-\\log 10^{-7} \\approx 16.1$에서야"
        " 멈춥니다. 확신에 찬 오답을 훨씬 더 무겁게 벌하므로 분류 문제는 CEE로"
        " 학습합니다."
    ),
    "It barely moves: it stays below 0.1": (
        "거의 움직이지 않습니다. 0.1 아래에 머뭅니다"
    ),
    "It rises, to somewhere between 0.5 and 1": (
        "커지지만, 0.5와 1 사이 어딘가까지입니다"
    ),
    "It climbs steeply too, to about 16 like CEE": (
        "CEE처럼 약 16까지 가파르게 오릅니다"
    ),
    "It grows without limit, faster than CEE": "CEE보다 빠르게, 한없이 커집니다",
    (
        "The gap of the correct class, $1 - p$, grows from 0.4 to 1, and SSE adds its"
        " square: 0.16 becomes 1."
    ): (
        "정답 클래스의 차이 $1 - p$는 0.4에서 1로 커지고, SSE는 그 제곱을 더합니다."
        " 0.16이 1이 됩니다."
    ),
    (
        "The outputs add up to 1, so the squared gaps add up to at most 2 (all of $1 -"
        " p$ on one wrong class): half of that, 1, is as far as SSE can go."
    ): (
        "출력의 합이 1이므로 차이의 제곱을 모두 더해도 최대 2입니다($1 - p$ 전부가"
        " 잘못된 클래스 하나에 몰릴 때). SSE는 그 절반인 1까지밖에 갈 수 없습니다."
    ),
    (
        "The histogram shows the losses of 2,000 random mini-batches of $B = 100$"
        " images. Move the batch size from 100 to about 400 (the slider stops at 398)."
        " The spread (standard deviation) of the estimates..."
    ): (
        "히스토그램은 이미지 $B = 100$장짜리 무작위 미니배치 2,000개의 손실을 보여"
        " 줍니다. 배치 크기를 100에서 약 400으로 옮겨 보세요(슬라이더는 398에서"
        " 멈춥니다). 추정값의 퍼짐(표준편차)은..."
    ),
    (
        "A mini-batch loss is the mean of $B$ randomly drawn per-image losses, and the"
        " spread of a mean of $B$ independent draws is $\\sigma/\\sqrt{B}$ ($\\sigma$:"
        " the spread of the per-image losses). Four times the batch divides the spread"
        " by $\\sqrt{4} = 2$. Tick 'show the law of the spread', the line"
        " $\\sigma/\\sqrt{B}$: the dots of every batch size you tried lie on it. Each"
        " halving of the spread costs four times the work, while the book's 100 of"
        " 60,000 images cost 1/600 of a full pass: a rough but very cheap estimate."
    ): (
        "미니배치 손실은 무작위로 뽑은 이미지별 손실 $B$개의 평균이고, 독립적으로 뽑은"
        " $B$개의 평균은 $\\sigma/\\sqrt{B}$만큼 퍼집니다($\\sigma$: 이미지별 손실의"
        " 퍼짐). 배치를 네 배로 늘리면 퍼짐은 $\\sqrt{4} = 2$로 나뉩니다. '퍼짐의"
        " 법칙 보기'를 체크해 직선 $\\sigma/\\sqrt{B}$를 그려 보세요. 시도한 모든"
        " 배치 크기의 점이 그 직선 위에 놓입니다. 퍼짐을 절반으로 줄일 때마다 계산이"
        " 네 배로 들지만, 책처럼 60,000장 중 100장을 쓰면 전체를 한 번 훑는 계산의"
        " 1/600밖에 들지 않습니다. 거칠지만 아주 값싼 추정입니다."
    ),
    "stays about the same": "거의 그대로입니다",
    "halves": "절반이 됩니다",
    "falls to a quarter": "4분의 1이 됩니다",
    "falls to a sixteenth": "16분의 1이 됩니다",
    (
        "A quarter is what the variance $\\sigma^2/B$ does; the spread (the standard"
        " deviation) is its square root."
    ): (
        "4분의 1이 되는 것은 분산 $\\sigma^2/B$입니다. 퍼짐(표준편차)은 그"
        " 제곱근입니다."
    ),
    (
        "Each image is drawn independently, so their errors partly cancel: the more"
        " images, the closer the mean to the full-data loss."
    ): (
        "이미지를 하나하나 독립적으로 뽑으므로 오차가 서로 일부 상쇄됩니다. 이미지가"
        " 많을수록 평균이 전체 데이터의 손실에 가까워집니다."
    ),
    (
        "Move $w$ from 1.0 to 2.0 in steps of 0.01 (click the slider, then press the →"
        " key 100 times). At how many of these 100 small moves does the accuracy"
        " change? Think about where the dashed threshold goes and which points it"
        " passes; watch the loss too."
    ): (
        "$w$를 1.0에서 2.0까지 0.01씩 옮겨 보세요(슬라이더를 클릭한 뒤 → 키를 100번"
        " 누르세요). 이 100번의 작은 이동 중 몇 번에서 정확도가 바뀔까요? 점선으로 된"
        " 임계값이 어디로 움직이고 어떤 점들을 지나가는지 생각해 보세요. 손실도 함께"
        " 지켜보세요."
    ),
    (
        "The classifier says class 1 where $x > -b/w = 1/w$. From $w = 1$ to $w = 2$"
        " that threshold slides from 1.0 to 0.5 and passes only 6 of the 40 points, two"
        " of them within the same step: the accuracy changes at 5 of the 100 moves, by"
        " jumps of 2.5% (5% for the pair), and stays on a flat step in between (slope"
        " exactly 0, and no slope at all at a jump). One jump is a drop: the class-0"
        " point at $x \\approx 0.84$ crosses to the class-1 side, at $w \\approx 1.19$."
        " The loss uses the probabilities $\\mathrm{sigmoid}(wx + b)$ themselves, so it"
        " changes at every one of the 100 moves, and its slope (blue, bottom right) is"
        " negative up to $w \\approx 2.8$: it says 'increase $w$', even across the"
        " drop. That is why learning follows the loss, not the accuracy."
    ): (
        "분류기는 $x > -b/w = 1/w$인 곳에서 클래스 1이라고 답합니다. $w = 1$에서 $w ="
        " 2$까지 이 임계값은 1.0에서 0.5로 미끄러지며 점 40개 중 6개만 지나가는데, 그중"
        " 두 개는 같은 한 걸음 안에서 지나갑니다. 그래서 정확도는 100번의 이동 중 5번"
        " 바뀌고, 한 번에 2.5%씩(두 점을 함께 지날 때는 5%) 뛰며, 그 사이에는 평평한"
        " 계단에 머뭅니다(기울기는 정확히 0이고, 뛰는 곳에서는 기울기가 아예 없습니다)."
        " 그중 한 번은 떨어지는 점프입니다. $x \\approx 0.84$에 있는 클래스 0의 점이 $w"
        " \\approx 1.19$에서 클래스 1 쪽으로 넘어갑니다. 손실은 확률"
        " $\\mathrm{sigmoid}(wx + b)$ 자체를 쓰므로 100번의 이동 모두에서 바뀌고, 그"
        " 기울기(파란색, 오른쪽 아래)는 $w \\approx 2.8$까지 음수입니다. 떨어지는"
        " 점프를 지날 때도 손실은 '$w$를 늘려라'라고 말합니다. 그래서 학습은 정확도가"
        " 아니라 손실을 따라갑니다."
    ),
    (
        "E = ½ · Σ_k (y_k − t_k)²: half the sum of the squared gaps between y and t,"
        " over both classes (here both miss by the same amount)."
    ): (
        "E = ½ · Σ_k (y_k − t_k)²: 두 클래스에 걸쳐 y와 t의 차이를 제곱해 더한 합의"
        " 절반입니다(여기서는 두 클래스 모두 같은 만큼 빗나갑니다)."
    ),
    "Did you take the ½ in front of the sum?": "합 앞의 ½을 곱했나요?",
    (
        "Only the correct class counts: E = −log y of its probability, with the natural"
        " logarithm; delta = 1e-7 changes only the 7th digit."
    ): (
        "정답 클래스만 계산에 들어갑니다. 그 확률 y에 대해 E = −log y이고, 자연로그를"
        " 씁니다. delta = 1e-7은 7번째 자리만 바꿉니다."
    ),
    "The cross entropy error is −log y: a positive number for y < 1.": (
        "교차 엔트로피 오차는 −log y입니다. y < 1이면 양수입니다."
    ),
    "Use the natural logarithm, np.log (not log10).": (
        "자연로그 np.log를 쓰세요(log10이 아닙니다)."
    ),
    (
        "The spread of a mean of B draws is σ/√B: set σ/√B equal to the spread you want"
        " and solve for B. A spread 3 times smaller always costs 9 times more images."
    ): (
        "B개를 뽑은 평균의 퍼짐은 σ/√B입니다. σ/√B를 원하는 퍼짐과 같게 놓고 B에 대해"
        " 푸세요. 퍼짐을 3배 작게 하려면 언제나 이미지가 9배 많이 필요합니다."
    ),
    (
        "Compare the accuracy at the w where the loss is smallest with the highest"
        " accuracy over all w (the explorer's curves, or a fine grid of w with"
        " viz.accuracy_and_loss). The loss also weighs how confident each answer is,"
        " right or wrong, which the accuracy does not see."
    ): (
        "손실이 가장 작은 w에서의 정확도를 모든 w에 걸친 가장 높은 정확도와 비교해"
        " 보세요(탐색기의 곡선을 보거나, 촘촘한 w 격자에서 viz.accuracy_and_loss로"
        " 계산하세요). 손실은 각 답이 맞든 틀리든 얼마나 확신하는지도 따지는데,"
        " 정확도는 그것을 보지 못합니다."
    ),
    'Answer "yes" or "no" (a string, in quotes).': (
        '"yes" 또는 "no"로 답하세요(따옴표로 감싼 문자열). "예"나 "아니요"도 됩니다.'
    ),
    (
        "y[np.arange(batch_size), t] picks, from each row n, the probability of the"
        " correct class t[n]; the loss is minus the mean, over the batch, of their"
        " logs, with delta = 1e-7 inside the log."
    ): (
        "y[np.arange(batch_size), t]는 각 행 n에서 정답 클래스 t[n]의 확률을"
        " 골라냅니다. 손실은 그 로그들의 배치 평균에 마이너스를 붙인 값이고, 로그 안에"
        " delta = 1e-7을 더합니다."
    ),
    "Did you add delta = 1e-7 inside the log, as the book does?": (
        "책처럼 로그 안에 delta = 1e-7을 더했나요?"
    ),
    "Return one number: the mean over the batch.": (
        "숫자 하나를 반환하세요. 배치에 대한 평균입니다."
    ),
    "The loss is minus the log: −log y is positive for y < 1.": (
        "손실은 로그에 마이너스를 붙인 값입니다. y < 1이면 −log y는 양수입니다."
    ),
    (
        "Or did you divide by the number of classes (y.shape[1]) instead of the batch"
        " size (y.shape[0])? In this input one is twice the other."
    ): (
        "아니면 배치 크기(y.shape[0]) 대신 클래스 수(y.shape[1])로 나눴나요? 이"
        " 입력에서는 한쪽이 다른 쪽의 두 배입니다."
    ),
    (
        "Divide by the batch size (y.shape[0]), not by the number of classes, and take"
        " one probability per row: y[n, t[n]]."
    ): (
        "클래스 수가 아니라 배치 크기(y.shape[0])로 나누고, 행마다 확률 하나 y[n,"
        " t[n]]을 고르세요."
    ),
    (
        "One row per label, one column per class, a single 1 in column t[n] of row n."
        " The indexing of 4.2.4, y[np.arange(N), t], picks one entry per row; it can"
        " set them as well as read them."
    ): (
        "레이블마다 행 하나, 클래스마다 열 하나이고, 행 n에는 열 t[n]에만 1이 하나"
        " 있습니다. 4.2.4의 인덱싱 y[np.arange(N), t]는 행마다 원소 하나를 고르며, 그"
        " 원소를 읽을 수도 있고 값을 넣을 수도 있습니다."
    ),
    "The result has one row per label and one column per class.": (
        "결과는 레이블마다 행 하나, 클래스마다 열 하나입니다."
    ),
    "Row n holds a single 1, in column t[n], and 0 everywhere else.": (
        "행 n에는 열 t[n]에 1이 하나 있고, 나머지는 모두 0입니다."
    ),
    (
        'The batch <code>y_27</code> holds two outputs: a "2" and a "7", each '
        "given 0.6 by the network, with the true labels <code>t = [2, 7]</code>. Pass "
        "only one label, <code>t = [2]</code>, to the book's version of 4.2.4. What "
        "does it return?"
    ): (
        "배치 <code>y_27</code>에는 출력이 두 개 있습니다. 신경망이 각각 0.6을 준 "
        '"2"와 "7"이고, 정답 레이블은 <code>t = [2, 7]</code>입니다. 4.2.4의 책 '
        "버전에 레이블을 하나만, <code>t = [2]</code>로 넘기면 무엇을 반환할까요?"
    ),
    "an IndexError": "IndexError",
    (
        "<code>y[np.arange(batch_size), t]</code> pairs the rows [0, 1] with the "
        "labels [2]; NumPy broadcasts the one label to both rows and picks column 2 "
        'of each: 0.6 and 0.1, the "7"\'s probability of a 2. The loss is the mean '
        "of $-\\log 0.6 = 0.5108$ and $-\\log 0.1 = 2.3026$, 1.4067, the loss of "
        "labels [2, 2] that the data does not have (printed above for t = [2, 2]), and "
        "nothing says so. The course's version refuses t, naming both shapes."
    ): (
        "<code>y[np.arange(batch_size), t]</code>는 행 [0, 1]을 레이블 [2]와 "
        "짝짓습니다. NumPy는 레이블 하나를 두 행 모두에 브로드캐스트해 각 행의 2열을 "
        '고릅니다. 0.6과 0.1, 곧 "7"이 2에 준 확률입니다. 손실은 $-\\log 0.6 = '
        "0.5108$과 $-\\log 0.1 = 2.3026$의 평균인 1.4067로, 데이터에 없는 레이블 [2, "
        "2]의 손실(위에서 t = [2, 2]로 출력한 값)인데도 아무 경고가 없습니다. 이 "
        "과정의 버전은 두 형상을 밝히며 t를 거부합니다."
    ),
    (
        "NumPy raises an error only when the shapes cannot be broadcast; a single "
        "label can be paired with every row."
    ): (
        "NumPy는 형상을 브로드캐스트할 수 없을 때만 오류를 냅니다. 레이블 하나는 모든 "
        "행과 짝지을 수 있습니다."
    ),
    ("σ/√B = 0.03 gives √B = 30; B is its square."): (
        "σ/√B = 0.03이면 √B = 30입니다. B는 그 제곱입니다."
    ),
    ("A mini-batch of B images spreads by σ/√B: solve σ/√B = 0.03 for B."): (
        "B개 이미지의 미니배치는 σ/√B만큼 퍼집니다. σ/√B = 0.03을 B에 대해 푸세요."
    ),
}
