"""Korean strings: s4_1 (notebooks/4.1-learning-from-data.ipynb: viz/learning.py,
the strings its code passes to figures and show(), and quiz/s4_1.py).
"""

MESSAGES: dict[str, str] = {
    (
        "Left: noisy points around the curve sin(2 pi x) on x from 0 to 1, the "
        "training points in blue, the test points in orange, and the fitted polynomial "
        "in black. Right: root-mean-square error on a log scale against polynomial "
        "degree, from 0 up to the chosen degree (the axis runs to 15), training error "
        "solid, test error dashed, with a vertical line at the chosen degree. The "
        "title gives both errors and a verdict for the slider setting."
    ): (
        "왼쪽: x가 0에서 1까지인 곡선 sin(2 pi x) 주위에 잡음이 섞인 점들로, 훈련 "
        "데이터는 파란색, 시험 데이터는 주황색이고, 맞춘 다항식은 검은색입니다. "
        "오른쪽: 다항식 차수에 대한 RMS 오차(로그 척도)로, 0부터 고른 차수까지 "
        "그려지며(축은 15까지), 훈련 오차는 실선, 시험 오차는 점선이고, 고른 차수에 "
        "세로선이 있습니다. 제목은 두 오차와, 슬라이더 설정에 대한 판정을 보여 줍니다."
    ),
    (
        "Three ways to recognise a handwritten 5: the blue part is what the machine "
        "learns"
    ): "손글씨 5를 인식하는 세 가지 방법: 파란 부분이 기계가 학습하는 것",
    "the rule's regions on a 5": "5 위에 그린 규칙의 영역",
    "5s": "숫자 5",
    "6s": "숫자 6",
    "all other digits": "그 밖의 모든 숫자",
    "1. rules written by hand": "1. 사람이 직접 쓴 규칙",
    "2. features + machine learning": "2. 특징 + 기계학습",
    "3. deep learning (end-to-end)": "3. 딥러닝 (종단간)",
    "answer: 5": "답: 5",
    "designed by people": "사람이 설계",
    "learned from data": "데이터에서 학습",
    "fraction of images": "이미지의 비율",
    "The rule wants 0 here: many 5s have some": (
        "규칙은 여기가 0이어야 하지만, 5도 상당수가 0이 아님"
    ),
    "true digit": "실제 숫자",
    "fraction called a 5": "5라고 판정한 비율",
    "What the rule calls a 5": "규칙이 5라고 판정한 것",
    "true curve sin(2πx)": "실제 곡선 sin(2πx)",
    "test points": "시험 데이터 점",
    "training points": "훈련 데이터 점",
    "fitted polynomial": "맞춘 다항식",
    "The model and the data": "모델과 데이터",
    "training error": "훈련 오차",
    "test error": "시험 오차",
    "polynomial degree (model capacity)": "다항식 차수 (모델의 표현력)",
    "RMS error (log scale)": "RMS 오차 (로그 척도)",
    "Training and test error": "훈련 오차와 시험 오차",
    "over-fitting: training error low, test error high": (
        "오버피팅: 훈련 오차는 낮고 시험 오차는 높음"
    ),
    "polynomial degree": "다항식 차수",
    "under-fitting: too simple even for the training data": (
        "과소적합: 훈련 데이터에조차 너무 단순함"
    ),
    "generalises: test error close to training error": (
        "범용 능력이 좋음: 시험 오차가 훈련 오차에 가까움"
    ),
    "algorithm\ndesigned by people": "사람이 설계한\n알고리즘",
    "features designed\nby people\n(SIFT, HOG, ...)": (
        "사람이 설계한 특징\n(SIFT, HOG, ...)"
    ),
    "machine learning\n(SVM, k-NN, ...)": "기계학습\n(SVM, k-NN, ...)",
    "neural network\n(learns its own\nfeatures)": "신경망\n(특징까지 스스로 학습)",
    "dark pixels in the {region!r} region": "{region!r} 영역의 어두운 픽셀 수",
    "{n} numbers": "값 {n}개",
    (
        "degree {degree}, {n} training points: train {train:.2f}, test {test:.2f}  →  "
        "{verdict}"
    ): (
        "차수 {degree}, 훈련 데이터 점 {n}개: 훈련 {train:.2f}, 시험 {test:.2f}  ⇒  "
        "{verdict}"
    ),
    "40 handwritten 5s from the training data": "훈련 데이터의 손글씨 5, 40개",
    (
        "Four rows of ten handwritten 5s from MNIST: slanted left and right, thick and "
        "thin, with the top bar joined or floating and the belly open or nearly closed."
    ): (
        "MNIST의 손글씨 5를 한 줄에 열 개씩 네 줄로 보여 줍니다. 왼쪽이나 오른쪽으로 "
        "기울었고, 굵거나 가늘며, 윗막대가 붙어 있거나 떠 있고, 배는 열려 있거나 거의 "
        "닫혀 있습니다."
    ),
    "top bar": "윗막대",
    "right side": "오른쪽",
    "belly": "배",
    (
        "Left: a handwritten 5 with the rule's three rectangles: the top bar, the "
        "right side just under it, and the belly lower down on the right. Middle: "
        "outline histograms of the dark pixels in the right-side region, for 5s, 6s "
        "and all other digits: about half of the 5s have some, over half of the 6s "
        "have none, other digits usually have several. Right: bars of the fraction of "
        "each digit that the rule calls a 5: about 0.4 of the 5s, almost as many of "
        "the 6s, a few 2s, 3s and 8s."
    ): (
        "왼쪽: 규칙의 세 직사각형을 그린 손글씨 5입니다. 윗막대, 그 바로 아래의 "
        "오른쪽, 그리고 더 아래 오른쪽의 배입니다. 가운데: 오른쪽 영역의 어두운 픽셀 "
        "수를 5, 6, 그 밖의 모든 숫자로 나누어 그린 윤곽선 히스토그램입니다. 5는 "
        "절반쯤에 어두운 픽셀이 조금 있고, 6은 절반 넘게 하나도 없으며, 다른 숫자에는 "
        "대개 여러 개 있습니다. 오른쪽: 숫자마다 규칙이 5라고 판정한 비율의 "
        "막대입니다. 5는 약 0.4, 6도 거의 그만큼이고, 2, 3, 8은 조금입니다."
    ),
    "Real 5s that the rule rejects": "규칙이 거부한 실제 5",
    (
        "Ten handwritten 5s that the rule rejects, most of them ordinary, clear 5s: a "
        "little slanted, a top bar a little short or low, a stroke that comes close to "
        "the right side under the bar."
    ): (
        "규칙이 거부한 손글씨 5 열 개로, 대부분 평범하고 또렷한 5입니다. 조금 "
        "기울었거나, 윗막대가 조금 짧거나 낮거나, 막대 아래에서 획이 오른쪽에 가까이 "
        "다가옵니다."
    ),
    "Other digits that the rule calls a 5 (the true digit above each)": (
        "규칙이 5라고 판정한 다른 숫자 (각 숫자 위는 실제 숫자)"
    ),
    (
        "Ten digits that the rule calls a 5, each with its true label above: mostly "
        "6s, whose top is open on the right like a 5's, two 8s and a 2."
    ): (
        "규칙이 5라고 판정한 숫자 열 개로, 각각 위에 정답 레이블이 있습니다. 대부분 "
        "6인데, 6도 5처럼 위쪽의 오른편이 열려 있습니다. 8이 두 개, 2가 하나입니다."
    ),
    (
        "Three rows, each from a handwritten 5 to the answer 5. Row 1: one white box, "
        "an algorithm designed by people. Row 2: a white box, features designed by "
        "people (SIFT, HOG), then a blue box, machine learning (SVM, k-NN). Row 3: one "
        "blue box, a neural network that learns its own features. White is designed by "
        "people, blue is learned from data."
    ): (
        "세 줄이 각각 손글씨 5에서 답 5로 이어집니다. 1행: 흰 상자 하나, 사람이 설계한 "
        "알고리즘. 2행: 흰 상자, 사람이 설계한 특징(SIFT, HOG), 이어서 파란 상자, "
        "기계학습(SVM, k-NN). 3행: 파란 상자 하나, 특징까지 스스로 학습하는 신경망. "
        "흰색은 사람이 설계한 것, 파란색은 데이터에서 학습한 것입니다."
    ),
    "a 1": "숫자 1",
    "a 0": "숫자 0",
    "a 5": "숫자 5",
    (
        "Top: a handwritten 1, 0 and 5. Below each, its 4 by 4 grid of cells with "
        "short strokes for the edge directions found in each cell, longer for stronger "
        "edges: the 1 has mostly one direction, the 0 a ring of all directions, the 5 "
        "a flat bar on top and a curve below."
    ): (
        "위: 손글씨 1, 0, 5입니다. 각각의 아래: 4×4 칸 격자에, 칸마다 찾은 에지 방향을 "
        "짧은 선으로 그렸고, 에지가 강할수록 선이 깁니다. 1은 대부분 한 방향, 0은 모든 "
        "방향이 고리 모양으로, 5는 위에 평평한 막대와 아래에 곡선이 있습니다."
    ),
    (
        "The nearest-neighbour rule remembers all training images. What accuracy will "
        "it get on 1,000 of <i>its own training</i> images?"
    ): (
        "최근접 이웃 규칙은 훈련 이미지를 모두 기억합니다. <i>자신의 훈련</i> 이미지 "
        "1,000장에서는 정확도가 얼마일까요?"
    ),
    (
        "Each training image is in its memory, at distance 0 from itself, so its "
        "nearest neighbour is itself and the label is copied back: 1.000, whatever the "
        "rule would do on new images. That is why a model is never judged on the data "
        "it learned from."
    ): (
        "훈련 이미지는 모두 기억 속에 있고 자기 자신과의 거리는 0이므로, 최근접 이웃은 "
        "자기 자신이고 레이블이 그대로 복사됩니다. 새 이미지에서 이 규칙이 얼마나 "
        "잘하든 결과는 1.000입니다. 그래서 모델은 학습에 쓴 데이터로 평가하지 "
        "않습니다."
    ),
    "about the same as on the test images": "시험 이미지에서와 거의 같다",
    "a little below the test accuracy": "시험 정확도보다 조금 낮다",
    "exactly 1.000 (every one right)": "정확히 1.000 (모두 맞힌다)",
    "It would be odd for any model to do worse on the very images it learned from.": (
        "어떤 모델이든 자신이 학습한 바로 그 이미지에서 더 못한다면 이상한 일입니다."
    ),
    (
        "Start with <b>10 training points</b>. Which polynomial degree gives the "
        "<b>lowest test error</b> (the dashed curve on the right)?"
    ): (
        "<b>훈련 데이터 점 10개</b>로 시작하세요. 어떤 다항식 차수에서 <b>시험 오차가 "
        "가장 낮을까요</b>(오른쪽의 점선 곡선)?"
    ),
    (
        "A cubic has the rise-and-fall shape of one period of $\\sin(2\\pi x)$ and too "
        "few coefficients to chase the noise: its test error is the lowest (degrees 4 "
        "to 6 come close). A straight line is too simple even for the training points "
        "(under-fitting, 과소적합). From degree 9 on, the curve passes through all 10 "
        "points: the training error drops to 0 while the test error explodes, because "
        "between the points the curve swings wildly (over-fitting, 오버피팅)."
    ): (
        "3차 다항식은 $\\sin(2\\pi x)$의 한 주기처럼 올라갔다 내려가는 모양을 "
        "가지면서도, 잡음을 쫓아가기에는 계수가 너무 적습니다. 그래서 시험 오차가 가장 "
        "낮습니다(차수 4에서 6도 비슷합니다). 직선은 훈련 데이터에조차 너무 "
        "단순합니다(과소적합, under-fitting). 차수 9부터는 곡선이 10개 점을 모두 "
        "지납니다. 훈련 오차는 0으로 떨어지지만, 점 사이에서 곡선이 크게 출렁이기 "
        "때문에 시험 오차는 폭발합니다(오버피팅, over-fitting)."
    ),
    "1 (a straight line)": "1 (직선)",
    "9 (a curve through all 10 points)": "9 (10개 점을 모두 지나는 곡선)",
    "15 (the most flexible)": "15 (가장 유연함)",
    (
        "A training error of 0 says nothing about new points: look at the dashed test "
        "curve."
    ): (
        "훈련 오차가 0이라는 것은 새 점에 대해 아무것도 말해 주지 않습니다. 점선으로 "
        "그린 시험 곡선을 보세요."
    ),
    "More flexible fits the 10 training points perfectly, and the noise with them.": (
        "더 유연하면 훈련 데이터 점 10개에 완벽하게 맞지만, 잡음까지 함께 맞춥니다."
    ),
    (
        "Now set <b>degree 12</b> with 10 training points and look at its test error. "
        "Keep degree 12 and raise the number of training points to 100. What does the "
        "test error of the same degree-12 polynomial do?"
    ): (
        "이제 훈련 데이터 점 10개에서 <b>차수 12</b>로 놓고 시험 오차를 보세요. "
        "차수 12를 유지한 채 훈련 데이터 점을 100개로 늘립니다. 같은 12차 다항식의 "
        "시험 오차는 어떻게 될까요?"
    ),
    (
        "With 10 points, 13 coefficients can pass through every point, noise included, "
        "and the test error is huge. With 20 points they no longer pass through every "
        "point, but still swing between them. From 30 points on, the least-squares fit "
        "has to follow what the points share, the sine, and the test error comes down "
        "to about the noise level, close to the training error. More data is the first "
        "cure for over-fitting; the capacity that over-fits a small sample generalises "
        "on a large one."
    ): (
        "점이 10개일 때는 계수 13개가 잡음까지 포함해 모든 점을 지날 수 있어서, 시험 "
        "오차가 엄청나게 큽니다. 점이 20개이면 더는 모든 점을 지나지 못하지만, 여전히 "
        "점 사이에서 출렁입니다. 30개부터는 최소제곱 맞춤이 점들이 공유하는 것, 즉 "
        "사인 곡선을 따라야 하고, 시험 오차는 대략 잡음 수준까지 내려와 훈련 오차에 "
        "가까워집니다. 데이터를 늘리는 것이 오버피팅의 첫 번째 처방입니다. 작은 "
        "표본에서 오버피팅하던 표현력이 큰 표본에서는 범용 능력을 보입니다."
    ),
    "stays high: a flexible model always over-fits": (
        "높은 채로 남는다: 유연한 모델은 언제나 오버피팅한다"
    ),
    "falls, close to the training error": "내려가서 훈련 오차에 가까워진다",
    "rises further": "더 올라간다",
    "Over-fitting depends on capacity <i>relative to the data</i>.": (
        "오버피팅은 <i>데이터에 비한</i> 표현력에 달려 있습니다."
    ),
    (
        "In approach 1 people write the whole rule; in 2 they design the features and "
        "a machine learns from them; only in 3 (end-to-end) does the network find what "
        "to look for by itself."
    ): (
        "접근법 1에서는 사람이 규칙 전체를 쓰고, 2에서는 사람이 특징을 설계하고 기계가 "
        "그로부터 학습합니다. 3(종단간)에서만 신경망이 무엇을 볼지 스스로 찾습니다."
    ),
    "Give a list of the approach numbers, e.g. [2, 3].": (
        "접근법 번호의 리스트로 답하세요. 예: [2, 3]."
    ),
    (
        "cells × cells blocks, one histogram of bins directions each: 7 · 7 · 8 = 392 "
        "numbers (the default 4 · 4 · 8 gives 128)."
    ): (
        "cells × cells개 칸마다 방향 bins개짜리 히스토그램이 하나씩이므로 7 · 7 · 8 "
        "= 392개 값입니다(기본값 4 · 4 · 8이면 128개)."
    ),
    (
        "A large gap between training and test accuracy is the signature of "
        "over-fitting (오버피팅): the model learned its examples, not the pattern."
    ): (
        "훈련 정확도와 시험 정확도가 크게 벌어지는 것은 오버피팅(over-fitting)의 "
        "전형적인 신호입니다. 모델이 패턴이 아니라 예제를 외웠습니다."
    ),
    'Answer with the text "over" or "under", in quotes.': (
        '"over" 또는 "under"로 답하세요(따옴표로 감싼 문자열). "오버피팅"이나 '
        '"과소적합"도 됩니다.'
    ),
    (
        "Both accuracies are low and close: the model is too simple even for its "
        "training data. That is under-fitting (과소적합); more data will not help it, "
        "more capacity or better features will."
    ): (
        "두 정확도가 모두 낮고 서로 가깝습니다. 모델이 훈련 데이터에조차 너무 "
        "단순합니다. 이것이 과소적합(under-fitting)입니다. 데이터를 늘려도 도움이 되지 "
        "않고, 표현력을 키우거나 더 좋은 특징을 쓰면 도움이 됩니다."
    ),
    (
        "np.argmax(y, axis=1) is the digit with the highest score in each row; "
        "comparing it with t gives True/False per image, and the mean of those is the "
        "fraction right: the book's accuracy in one line."
    ): (
        "np.argmax(y, axis=1)은 각 행에서 점수가 가장 높은 숫자입니다. 이것을 t와 "
        "비교하면 이미지마다 True/False가 나오고, 그 평균이 맞힌 비율입니다. 책의 "
        "정확도를 한 줄로 쓴 것입니다."
    ),
    (
        "Take the argmax along axis=1 (one per row), compare with t, and return a "
        "fraction between 0 and 1, not a count or a percentage."
    ): (
        "axis=1을 따라 argmax를 구하고(행마다 하나), t와 비교한 뒤, 개수나 백분율이 "
        "아니라 0과 1 사이의 비율을 반환하세요."
    ),
    "Return one number for the whole batch.": "배치 전체에 대해 값 하나를 반환하세요.",
    (
        "For each test row: the squared distance to every training row (sum over the "
        "columns), the index of the smallest, and the label at that index. The "
        "notebook's nearest_neighbour does the same, in chunks, with |a - b|² = |a|² - "
        "2 a·b + |b|² so that a matrix product does the work."
    ): (
        "시험 행마다 모든 훈련 행까지의 제곱 거리(열에 대한 합)를 구하고, 가장 작은 "
        "것의 인덱스를 찾아, 그 인덱스의 레이블을 씁니다. 노트북의 nearest_neighbour도 "
        "같은 일을 하지만, 여러 덩어리로 나누어 |a - b|² = |a|² - 2 a·b + |b|²로 "
        "계산하므로 행렬 곱이 일을 합니다."
    ),
    "Return one label per test row.": "시험 행마다 레이블 하나를 반환하세요.",
    (
        "Sum the squared differences over the columns (one distance per training row), "
        "and return t_train at the position of the smallest distance, not the position "
        "itself."
    ): (
        "열에 대해 차이의 제곱을 더하고(훈련 행마다 거리 하나), 가장 작은 거리의 위치 "
        "자체가 아니라 그 위치의 t_train을 반환하세요."
    ),
    (
        "For each test row: np.argsort(distances)[:k] gives the positions of the k "
        "closest training rows, t_train at those positions are the votes, and "
        "np.bincount(votes).argmax() counts each label and returns the most frequent "
        "(the smallest one on a tie). With k = 1 this is nearest neighbour, perfect on "
        "its own training images; with a larger k one odd training image (a 5 written "
        "like a 6) no longer decides alone."
    ): (
        "시험 행마다: np.argsort(distances)[:k]는 가장 가까운 훈련 행 k개의 위치를 "
        "주고, 그 위치의 t_train이 투표이며, np.bincount(votes).argmax()는 레이블마다 "
        "개수를 세어 가장 많은 것(동점이면 가장 작은 것)을 반환합니다. k = 1이면 "
        "최근접 이웃이고, 자신의 훈련 이미지에서 완벽합니다. k가 더 크면 이상한 훈련 "
        "이미지 하나(6처럼 쓴 5)가 더는 혼자 결정하지 못합니다."
    ),
    (
        "Take the labels of the k smallest distances (np.argsort orders positions by "
        "distance), then the label that occurs most often among them; on a tie, the "
        "smallest of the tied labels."
    ): (
        "가장 작은 거리 k개의 레이블을 구하고(np.argsort는 위치를 거리순으로 "
        "정렬합니다), 그중 가장 자주 나오는 레이블을 고르세요. 동점이면 동점인 레이블 "
        "중 가장 작은 것입니다."
    ),
    (
        "The rule runs 8 epochs (passes over the 4 points) on AND and on XOR. On XOR "
        "no line gets all 4 points right. In its last epochs, how many of the 4 "
        "points does the rule get wrong in each epoch?"
    ): (
        "학습 규칙을 AND와 XOR에 각각 8 에폭(4개 점을 한 번씩 도는 것) 동안 돌립니다. "
        "XOR에서는 4개 점을 모두 맞히는 직선이 없습니다. 마지막 에폭들에서 학습 "
        "규칙은 에폭마다 4개 점 중 몇 개를 틀릴까요?"
    ),
    "all 4": "4개 모두",
    (
        "From the third epoch on the rule goes round in a circle: each correction "
        "moves the line so that the next point falls on the wrong side, and after the "
        "4 points w and b are back where they began the epoch (w = (0, -0.1), b = "
        "0.1). So every point is wrong in every epoch, although the line x1 + x2 = "
        "0.5 gets only (1, 1) wrong: the rule does not look for the best line, it "
        "only reacts to its last mistake. On AND, which a line separates, the "
        "mistakes reach 0 after a few epochs, as the convergence theorem promises."
    ): (
        "세 번째 에폭부터 학습 규칙은 같은 자리를 맴돕니다. 한 번 고칠 때마다 직선이 "
        "움직여 다음 점이 반대쪽에 놓이고, 4개 점을 다 돌고 나면 w와 b는 그 에폭을 "
        "시작할 때의 값으로 돌아옵니다(w = (0, -0.1), b = 0.1). 그래서 에폭마다 모든 "
        "점을 틀립니다. 직선 x1 + x2 = 0.5는 (1, 1) 하나만 틀리는데도 말이지요. 학습 "
        "규칙은 가장 좋은 직선을 찾지 않고, 마지막 실수에 반응할 뿐입니다. 직선 하나로 "
        "나뉘는 AND에서는 수렴 정리가 약속한 대로 몇 에폭 만에 틀린 횟수가 0이 됩니다."
    ),
    (
        "A line with 1 mistake exists (x1 + x2 = 0.5), but the rule does not look for "
        "it: each step only fixes the point just seen."
    ): (
        "하나만 틀리는 직선(x1 + x2 = 0.5)이 있지만, 학습 규칙은 그것을 찾지 않습니다. "
        "한 걸음마다 방금 본 점 하나만 고칠 뿐입니다."
    ),
    (
        "Nearest mean learns one average per digit. Given the <b>128 edge numbers</b> "
        "of each image in place of its 784 raw pixels, its test accuracy will be…"
    ): (
        "최근접 평균은 숫자마다 평균 하나를 학습합니다. 각 이미지의 원본 픽셀 784개 "
        "대신 <b>에지 수 128개</b>를 주면, 시험 정확도는…"
    ),
    "lower: 128 numbers keep less than 784": (
        "낮아진다: 수 128개는 784개보다 정보가 적다"
    ),
    "about the same: it is the same learner": "거의 같다: 같은 학습기다",
    "clearly higher": "확실히 높아진다",
    (
        "The edge histogram describes the strokes in each region and their "
        "directions: a 5 written a little to one side, or thicker, keeps about the "
        "same histogram while its pixels move. The average of each digit's histograms "
        "is then a better summary of that digit, and the closest average is more "
        "often the right one (on the 4,000-image offline sample, 0.865 in place of "
        "0.808). Fewer numbers can keep more of what matters."
    ): (
        "에지 히스토그램은 영역마다 획과 그 방향을 묘사합니다. 5를 조금 옆으로 "
        "치우치게 쓰거나 더 굵게 써도, 픽셀은 움직이지만 히스토그램은 거의 "
        "그대로입니다. "
        "그래서 숫자마다 히스토그램의 평균이 그 숫자를 더 잘 나타내고, 가장 가까운 "
        "평균이 정답일 때가 더 많습니다(훈련 이미지 4,000장의 오프라인 표본에서 0.808 "
        "대신 0.865). 수가 적어도 중요한 것은 더 많이 담을 수 있습니다."
    ),
    "They keep less of the image, but more of what tells digits apart.": (
        "이미지의 정보는 덜 담지만, 숫자를 서로 구별해 주는 정보는 더 많이 담습니다."
    ),
    (
        "x @ w + b is one number per point; where it is above 0 the perceptron "
        "answers 1, elsewhere 0 (on the line itself, 0). The mistakes are the points "
        "where that answer differs from t. A problem is linearly separable when some "
        "w and b give 0 mistakes: w = [1, 1] and b = -1.5 do on AND, and none do on "
        "XOR."
    ): (
        "x @ w + b는 점마다 수 하나입니다. 이 값이 0보다 크면 퍼셉트론은 1, 그 밖에는 "
        "0으로 답합니다(직선 위의 점도 0). 틀린 것은 그 답이 t와 다른 점들입니다. 어떤 "
        "w와 b가 틀린 횟수 0을 낸다면 그 문제는 선형 분리 가능합니다. AND에서는 w = "
        "[1, 1], b = -1.5가 그렇고, XOR에서는 그런 w와 b가 없습니다."
    ),
    (
        "Answer 1 where x @ w + b, bias included, is strictly above 0 (a point on the "
        "line gets 0), and count the points where the answer differs from t: a whole "
        "number, not a fraction."
    ): (
        "편향까지 더한 x @ w + b가 0보다 큰 곳에서만 1로 답하고(직선 위의 점은 "
        "0), 그 답이 t와 다른 점의 개수를 세세요. 비율이 아니라 정수입니다."
    ),
    "Return one number: the count of mistakes.": "수 하나, 즉 틀린 횟수를 반환하세요.",
}
