"""Korean strings: s4_5 (section 4.5, the learning algorithm).

The strings of viz/training.py, viz/curvature.py, viz/watch.py and
viz/landscape.py, the titles and alt texts the 4.5 notebook passes to
viz.plot_training and viz.show, and the texts of quiz/s4_5.py. Keys are the
exact English texts. "batch size" (viz/loss.py, s4_2) and "loss landscape"
(viz/sgd.py, s4_4) are translated there.
"""

MESSAGES: dict[str, str] = {
    # --- viz/training.py: the book's figures and the training panel
    "iteration": "반복 횟수",
    "the loss went up, not down:\nlearning rate too large": (
        "손실이 줄지 않고 오히려 커졌습니다.\n학습률이 너무 큽니다"
    ),
    "the loss barely moved:\nlearning rate too small": (
        "손실이 거의 변하지 않았습니다.\n학습률이 너무 작습니다"
    ),
    "Training panel: no run yet.": "학습 패널: 아직 실행하지 않았습니다.",
    "each mini-batch": "각 미니배치",
    "mean of the last 100": "최근 100개의 평균",
    "loss (cross entropy)": "손실 (교차 엔트로피 오차)",
    "Loss falls as SGD updates the weights": "SGD가 가중치를 갱신할수록 줄어드는 손실",
    "train acc": "훈련 정확도",
    "test acc": "시험 정확도",
    "test acc\n(over the iterations visited)": "시험 정확도\n(지나온 반복에서)",
    "epochs": "에폭",
    "accuracy": "정확도",
    "Accuracy once per epoch: train solid, test dashed": (
        "에폭마다 잰 정확도: 훈련은 실선, 시험은 점선"
    ),
    "the loss jumped up, then stuck\nnear its start: learning rate too large": (
        "손실이 튀어 오른 뒤 시작값 근처에\n머물렀습니다. 학습률이 너무 큽니다"
    ),
    "diverged at iteration {k}:\nthe loss became NaN.\nTry a smaller learning rate.": (
        "{k}번째 반복에서 발산했습니다.\n손실이 NaN이 되었습니다.\n"
        "더 작은 학습률을 써 보세요."
    ),
    "learning rate": "학습률",
    "hidden size": "은닉층 크기",
    "Train": "학습 시작",
    "loss (log scale)": "손실 (로그 척도)",
    "previous run": "이전 실행",
    "previous test": "이전 시험 정확도",
    "lr = {lr:.3g}, batch size = {batch_size}, hidden size = {hidden_size}": (
        "lr = {lr:.3g}, 배치 크기 = {batch_size}, 은닉층 크기 = {hidden_size}"
    ),
    "{settings}: press Train": "{settings}: 학습 시작을 누르세요",
    "{settings}: training ...": "{settings}: 학습 중 ...",
    "train with these settings": "이 설정으로 학습하기",
    "loss": "손실",
    "Diverged at iteration {k} ({seconds:.1f} s).": (
        "{k}번째 반복에서 발산했습니다({seconds:.1f}초)."
    ),
    (
        "Training panel, {settings}: the run diverged at iteration {k} (the loss became"
        " NaN)."
    ): (
        "학습 패널, {settings}: {k}번째 반복에서 발산했습니다(손실이 NaN이 되었습니다)."
    ),
    (
        "Trained {iters_num} iterations in {seconds:.1f} s; final test accuracy"
        " {acc:.3f}."
    ): (
        "{iters_num}번 반복 학습에 {seconds:.1f}초 걸렸습니다. 최종 시험 정확도는"
        " {acc:.3f}입니다."
    ),
    (
        "Training panel, {settings}: the mini-batch loss (left, log scale) goes from"
        " {start:.2f} to about {end:.2f} in {iters_num} iterations; train and test"
        " accuracy (right) end at {train_acc:.2f} and {test_acc:.2f}."
    ): (
        "학습 패널, {settings}: 미니배치 손실(왼쪽, 로그 척도)이 {start:.2f}에서"
        " 시작해 {iters_num}번 반복 뒤 약 {end:.2f}에 이릅니다. 훈련 정확도와 시험"
        " 정확도(오른쪽)는 각각 {train_acc:.2f}, {test_acc:.2f}에서 끝납니다."
    ),
    "{settings}: diverged": "{settings}: 발산",
    "{settings}: test accuracy {acc:.3f} after {iters_num} iterations": (
        "{settings}: {iters_num}번 반복 후 시험 정확도 {acc:.3f}"
    ),
    "Note: {note}": "참고: {note}",
    # --- viz/curvature.py: the largest learning rate that still learns
    "lr {lr:.3g} ({ratio:.1f}× 2/λ_max, below)": (
        "lr {lr:.3g} (2/λ_max의 {ratio:.1f}배, 한계 아래)"
    ),
    "lr {lr:.3g} ({ratio:.1f}× 2/λ_max, above)": (
        "lr {lr:.3g} (2/λ_max의 {ratio:.1f}배, 한계 위)"
    ),
    "untrained network": "학습 전 신경망",
    "learning_rates must be positive numbers, at least one": (
        "learning_rates는 양수여야 하고, 하나 이상 있어야 합니다"
    ),
    "mini-batch loss": "미니배치 손실",
    "The first 30 mini-batches": "처음 30개 미니배치",
    "learned": "학습함",
    "did not learn": "학습 못 함",
    "learning rate (log scale)": "학습률 (로그 척도)",
    "Where each run ended: predicted and observed limits": (
        "각 실행이 끝난 곳: 예측한 한계와 관찰한 한계"
    ),
    "training runs": "학습 실행",
    "predicted 2/λ_max = {predicted:.2f}": "예측한 한계 2/λ_max = {predicted:.2f}",
    "loss after {iters_num} iterations": "{iters_num}번 반복 후 손실",
    "observed edge: {last_good:.3g} learns, {first_bad:.3g} not": (
        "관찰한 경계: {last_good:.3g}에서 학습, {first_bad:.3g}에서 실패"
    ),
    # --- viz/watch.py: watch the network learn
    "iteration {iteration:,}\ntest acc {acc:.3f}": (
        "반복 {iteration:,}\n시험 정확도 {acc:.3f}"
    ),
    "weights are NaN or infinite:\nthe run diverged": (
        "가중치가 NaN이거나 무한대입니다:\n이 실행은 발산했습니다"
    ),
    (
        "Left: {units} small square images in a grid, the incoming weights of each"
        " hidden unit at iteration {iteration:,}, red for positive, blue for negative,"
        " white for zero. Right: the test accuracy over the iterations the slider has"
        " visited (0 to {last:,}), {acc:.2f} at this iteration."
    ): (
        "왼쪽: 작은 정사각형 이미지 {units}개를 격자로 늘어놓은 것으로, 반복"
        " {iteration:,}에서 각 은닉층 뉴런으로 들어오는 가중치입니다. 양수는 빨간색,"
        " 음수는 파란색, 0은 흰색입니다. 오른쪽: 슬라이더가 지나간 반복"
        "(0부터 {last:,}까지) 동안의 시험 정확도로, 이 반복에서는 {acc:.2f}입니다."
    ),
    "true {digit}\n{c1}: {p1:.2f}   {c2}: {p2:.2f}": (
        "정답 {digit}\n{c1}: {p1:.2f}   {c2}: {p2:.2f}"
    ),
    "training": "학습 중",
    "weight / unit's largest |weight|": "가중치 ÷ 그 뉴런의 가장 큰 |가중치|",
    "Misclassified test digits: the network's first and second choice": (
        "잘못 분류한 시험 숫자: 신경망의 첫째, 둘째 선택"
    ),
    "iterations must be evenly spaced (train's eval_every)": (
        "iterations는 간격이 일정해야 합니다(train의 eval_every)"
    ),
    "−max": "−최대",
    "+max": "+최대",
    "test accuracy": "시험 정확도",
    "the network said": "신경망의 답",
    "mistakes (count); diagonal: right, grey": "틀린 횟수 (회색 대각선은 맞힌 횟수)",
    (
        "A {n} by {n} grid of counts: rows the true digit, columns the network's"
        " answer. {right:,} of {total:,} test digits lie on the grey diagonal (right"
        " answers); the most frequent mistake is a true {true} called {said}, {times}"
        " times."
    ): (
        "개수를 담은 {n} × {n} 격자입니다. 행은 실제 숫자, 열은 신경망의 답입니다. 시험"
        " 숫자 {total:,}개 중 {right:,}개가 회색 대각선(정답)에 있습니다. 가장 흔한"
        " 실수는 실제 숫자가 {true}인데 신경망의 답이 {said}인 경우로, {times}번입니다."
    ),
    "no mistakes: nothing to show": "틀린 것이 없어 보여 줄 것이 없습니다",
    (
        "A {n} by {n} grid of counts: rows the true digit, columns the network's"
        " answer. All {total:,} test digits lie on the grey diagonal: no mistakes."
    ): (
        "개수를 담은 {n} × {n} 격자입니다. 행은 실제 숫자, 열은 신경망의 답입니다. 시험"
        " 숫자 {total:,}개가 모두 회색 대각선에 있습니다. 틀린 것이 없습니다."
    ),
    (
        "{name} must hold class labels, whole numbers from 0 to {last}; image {k} has"
        " {value}. Pass the digits themselves: t_test, or np.argmax(y, axis=1) for"
        " the network's answers."
    ): (
        "{name}에는 클래스 레이블, 즉 0부터 {last}까지의 정수가 들어 있어야 합니다."
        " 이미지 {k}의 값은 {value}입니다. 숫자 자체를 넘기세요: t_test, 또는 신경망의"
        " 답이면 np.argmax(y, axis=1)."
    ),
    "{name} must hold class labels (numbers); got dtype {dtype}": (
        "{name}에는 클래스 레이블(숫자)이 들어 있어야 합니다. dtype이 {dtype}입니다"
    ),
    "n_classes must be a whole number >= 1; got {value!r}": (
        "n_classes는 1 이상의 정수여야 합니다. 받은 값: {value!r}"
    ),
    (
        "iterations must increase from one copy of W1 to the next (train's"
        ' history["eval_iters"]); got {first} then {second}'
    ): (
        'iterations는 W1의 복사본마다 커져야 합니다(train의 history["eval_iters"]).'
        " 받은 값: {first} 다음에 {second}"
    ),
    (
        "{n} handwritten test digits the network got wrong, each titled with its true"
        " digit and the network's two most probable answers; for {second} of them the"
        " second answer is the true digit."
    ): (
        "신경망이 틀린 손글씨 시험 숫자 {n}개입니다. 각 숫자의 제목에는 정답 숫자와,"
        " 신경망이 가장 높은 확률을 준 답 두 개가 있습니다. 그중 {second}개는 두 번째"
        " 답이 정답입니다."
    ),
    "Incoming weights of the {units} hidden units (W1's columns as 28 × 28)": (
        "은닉층 뉴런 {units}개로 들어오는 가중치 (W1의 열을 28 × 28로)"
    ),
    (
        "true and predicted must have one label per image; got {n_true} and"
        " {n_predicted}"
    ): (
        "true와 predicted는 이미지마다 레이블이 하나씩 있어야 합니다. 받은 개수:"
        " {n_true}, {n_predicted}"
    ),
    "W1 has {n_in} rows; a {side} x {side} image needs {pixels}": (
        "W1의 행이 {n_in}개입니다. {side} x {side} 이미지에는 {pixels}개가 필요합니다"
    ),
    (
        "W1_seen, iterations and test_acc must be non-empty and of one length; got"
        " {n_W1}, {n_iterations} and {n_acc}"
    ): (
        "W1_seen, iterations, test_acc는 비어 있지 않고 길이가 같아야 합니다. 받은"
        " 길이: {n_W1}, {n_iterations}, {n_acc}"
    ),
    "Test set: {right:,} of {total:,} right": (
        "시험 데이터: {total:,}개 중 {right:,}개 정답"
    ),
    # --- viz/landscape.py: the real loss landscape
    (
        "This run diverged at iteration {at}: its loss became NaN\nand its weights are"
        " no longer numbers,\nso there is no landscape around them to draw.\nChoose"
        " another run."
    ): (
        "이 실행은 {at}번째 반복에서 발산했습니다.\n손실이 NaN이 되고 가중치가 더"
        " 이상\n숫자가 아니므로 그 주변에 그릴 지형이\n없습니다. 다른 실행을 고르세요."
    ),
    (
        "This run diverged: its loss became NaN\nand its weights are no longer"
        " numbers,\nso there is no landscape around them to draw.\nChoose another run."
    ): (
        "이 실행은 발산했습니다. 손실이 NaN이 되고\n가중치가 더 이상 숫자가"
        " 아니므로\n그 주변에 그릴 지형이 없습니다.\n다른 실행을 고르세요."
    ),
    (
        "Extent 0: the slice shrinks to a single point,\nthe trained weights (loss"
        " {loss:.3f}).\nChoose a larger extent to see the landscape."
    ): (
        "범위 0: 단면이 점 하나, 곧 학습된 가중치로\n줄어듭니다(손실"
        " {loss:.3f}).\n지형을 보려면 더 큰 범위를 고르세요."
    ),
    "{run}, extent {extent:g}: nothing to draw": (
        "{run}, 범위 {extent:g}: 그릴 것이 없음"
    ),
    "{run}, extent {extent:g}: loss {loss:.3g} at θ*, {low:.3g}–{high:.3g} in view": (
        "{run}, 범위 {extent:g}: θ*에서 손실 {loss:.3g}, 보이는 값 {low:.3g}–{high:.3g}"
    ),
    (
        "Contour plot of the training loss of the network trained with {run}, on a 2-D"
        " slice through its weights, α and β from -{extent:g} to {extent:g} along two"
        " random filter-normalised directions, the trained weights at the centre (a"
        " star), with numbered axes and a colour bar of the loss. Dark is low loss,"
        " light is high. The title says that the slice holds {low:.0%}–{high:.0%} of"
        " each dot's way to the star: the training path's projection is drawn as dots"
        " from a square (the start) to the star{huddle}."
    ): (
        "{run}일 때 학습시킨 신경망의 훈련 손실을 가중치 공간의 2차원 단면 위에"
        " 그린 등고선 그림입니다. α와 β는 필터 정규화한 두 무작위 방향을 따라"
        " -{extent:g}부터 {extent:g}까지이고, 학습된 가중치는 가운데(별)에 있습니다."
        " 축에는 눈금 숫자가, 옆에는 손실의 색 막대가 있습니다. 어두울수록 손실이 낮고"
        " 밝을수록 높습니다. 제목은 단면이 각 점에서 별까지 가는 길의"
        " {low:.0%}–{high:.0%}를 담는다고 알려 줍니다. 학습 경로의 투영이"
        " 사각형(시작)에서 별까지 점으로 그려져 있습니다{huddle}."
    ),
    (
        "Contour plot of the training loss of the network trained with {run}, on a 2-D"
        " slice through its weights, α and β from -{extent:g} to {extent:g} along the"
        " training path's two principal directions, the trained weights at the centre"
        " (a star), with numbered axes and a colour bar of the loss. Dark is low loss,"
        " light is high. The title says that the slice holds {low:.0%}–{high:.0%} of"
        " each dot's way to the star: the training path is drawn as dots from a square"
        " (the start) to the star."
    ): (
        "{run}일 때 학습시킨 신경망의 훈련 손실을 가중치 공간의 2차원 단면 위에"
        " 그린 등고선 그림입니다. α와 β는 학습 경로의 두 주성분 방향을 따라"
        " -{extent:g}부터 {extent:g}까지이고, 학습된 가중치는 가운데(별)에 있습니다."
        " 축에는 눈금 숫자가, 옆에는 손실의 색 막대가 있습니다. 어두울수록 손실이 낮고"
        " 밝을수록 높습니다. 제목은 단면이 각 점에서 별까지 가는 길의"
        " {low:.0%}–{high:.0%}를 담는다고 알려 줍니다. 학습 경로가"
        " 사각형(시작)에서 별까지 점으로 그려져 있습니다."
    ),
    ", all of them so close to the star that they overlap it": (
        ". 점들은 모두 별에 아주 가까워 별과 겹칩니다"
    ),
    (
        "An empty frame with a message: {run}, extent {extent:g}, has no landscape to"
        " draw."
    ): "메시지만 있는 빈 그림입니다. {run}, 범위 {extent:g}에는 그릴 지형이 없습니다.",
    "δ, ε: two random directions": "δ, ε: 두 무작위 방향",
    "two random directions": "두 무작위 방향",
    "the path's directions": "경로의 방향",
    "{run}, {kind}: {shape}": "{run}, {kind}: {shape}",
    (
        "Contour plots of the training loss on 2-D slices through the weights, α and β"
        " from -{extent:g} to {extent:g}, one row per run: on the left two random"
        " filter-normalised directions, on the right the path's two principal"
        " directions; the trained weights at the centre (a star), the training path as"
        " dots from a square (the start). Dark is low loss, light is high."
    ): (
        "가중치 공간의 2차원 단면 위에 훈련 손실을 그린 등고선 그림들입니다. α와 β는"
        " -{extent:g}부터 {extent:g}까지이고, 실행마다 한 줄입니다. 왼쪽은 필터"
        " 정규화한 두 무작위 방향, 오른쪽은 경로의 두 주성분 방향을 따른 단면입니다."
        " 학습된 가중치는 가운데(별)에 있고, 학습 경로는 사각형(시작)에서 시작하는"
        " 점들로 그려져 있습니다. 어두울수록 손실이 낮고 밝을수록 높습니다."
    ),
    "δ, ε: the path's two principal directions": "δ, ε: 경로의 두 주성분 방향",
    "flat: all ≈ {loss:.4g}": "평평함: 모두 ≈ {loss:.4g}",
    "random": "무작위",
    "the path's": "경로의",
    "directions": "방향",
    (
        "the slice holds {low:.0%}–{high:.0%} of each dot's way to θ*:\n"
        "the path drawn is mostly its projection, its shadow;\n"
        "the colour under a dot is not that point's loss"
    ): (
        "단면은 각 점에서 θ*까지 가는 길의 {low:.0%}–{high:.0%}만 담습니다:\n"
        "그려진 경로는 대부분 투영, 곧 그림자입니다.\n"
        "점 아래의 색은 그 점의 손실이 아닙니다"
    ),
    (
        "the slice holds {low:.0%}–{high:.0%} of each dot's way to θ*:\n"
        "some dots lie mostly outside it;\n"
        "the colour under those is not their loss"
    ): (
        "단면은 각 점에서 θ*까지 가는 길의 {low:.0%}–{high:.0%}를 담습니다:\n"
        "어떤 점들은 대부분 단면 밖에 있어서,\n"
        "그 점 아래의 색은 그 점의 손실이 아닙니다"
    ),
    (
        "the slice holds {low:.0%}–{high:.0%} of each dot's way to θ*:\n"
        "the path drawn lies mostly in it"
    ): (
        "단면은 각 점에서 θ*까지 가는 길의 {low:.0%}–{high:.0%}를 담습니다:\n"
        "그려진 경로는 대부분 단면 안에 있습니다"
    ),
    "The loss is flat: about {mean:.3g} everywhere in view.": (
        "손실은 평평합니다. 보이는 곳 어디서나 약 {mean:.3g}입니다."
    ),
    (
        "The loss forms a bowl around the star, rising from {low:.3g} to {high:.3g}."
    ): "손실은 별을 둘러싼 그릇 모양이며, {low:.3g}에서 {high:.3g}까지 올라갑니다.",
    (
        "The loss forms an elongated bowl around the star, rising from {low:.3g} to"
        " {high:.3g}."
    ): (
        "손실은 별을 둘러싼 길쭉한 그릇 모양이며, {low:.3g}에서 {high:.3g}까지"
        " 올라갑니다."
    ),
    (
        "The loss forms a tilted, elongated bowl around the star, rising from"
        " {low:.3g} to {high:.3g}."
    ): (
        "손실은 별을 둘러싼, 비스듬히 기운 길쭉한 그릇 모양이며, {low:.3g}에서"
        " {high:.3g}까지 올라갑니다."
    ),
    (
        "The loss is lowest, {low:.3g}, away from the star, at α = {a:.2g}, β ="
        " {b:.2g}, and rises to {high:.3g}."
    ): (
        "손실은 별에서 떨어진 α = {a:.2g}, β = {b:.2g}에서 가장 낮고({low:.3g}),"
        " {high:.3g}까지 올라갑니다."
    ),
    "start of training (random weights)": "학습 시작 (무작위 가중치)",
    "trained weights θ* (the centre)": "학습된 가중치 θ* (가운데)",
    "α  (along direction δ)": "α  (방향 δ를 따라)",
    "β  (along direction ε)": "β  (방향 ε을 따라)",
    "extent of the slice": "단면의 범위",
    "run": "실행",
    "training path (every {every} iterations), projected onto the slice": (
        "학습 경로 ({every}번 반복마다), 단면에 투영"
    ),
    # --- the 4.5 notebook: plot_training titles and viz.show alt texts (templates)
    "TwoLayerNet 784-50-10, lr {lr}, batch {batch}, 17 epochs": (
        "TwoLayerNet 784-50-10, lr {lr}, 배치 {batch}, 17에폭"
    ),
    "The same network, 10,000 iterations ({epochs} epochs)": (
        "같은 신경망, 10,000번 반복 ({epochs}에폭)"
    ),
    (
        "Two panels. Left: the loss of each mini-batch over {iters} iterations, from"
        " {first:.1f} at the start to {last:.2f} (mean of the last 100). Right:"
        " training (solid) and test (dashed) accuracy once per epoch, ending at"
        " {train_acc:.2f} and {test_acc:.2f}."
    ): (
        "그래프 두 개입니다. 왼쪽: 미니배치마다의 손실을 {iters}번 반복 동안 그린"
        " 것으로, 처음 {first:.1f}에서 {last:.2f}(마지막 100개의 평균)까지입니다."
        " 오른쪽: 에폭마다 잰 훈련 정확도(실선)와 시험 정확도(점선)로, 마지막 값은"
        " 훈련 {train_acc:.2f}, 시험 {test_acc:.2f}입니다."
    ),
    (
        "Two panels. Left: the mini-batch loss over {iters} iterations falls from about"
        " 2.3 to about {loss:.1f}. Right: training (solid) and test (dashed) accuracy"
        " per epoch rise together to about {train_acc:.2f} and {test_acc:.2f}."
    ): (
        "그래프 두 개입니다. 왼쪽: 미니배치 손실이 {iters}번 반복 동안 약 2.3에서 약"
        " {loss:.1f}까지 내려갑니다. 오른쪽: 에폭마다 잰 훈련 정확도(실선)와 시험"
        " 정확도(점선)가 함께 올라 각각 약 {train_acc:.2f}, {test_acc:.2f}에 이릅니다."
    ),
    (
        "Two panels. Left: the mini-batch loss over 10,000 iterations falls to about"
        " {loss:.2f}. Right: per epoch, training accuracy (solid) climbs to"
        " {train_acc:.2f} while test accuracy (dashed) levels off at {test_acc:.2f}."
    ): (
        "그래프 두 개입니다. 왼쪽: 미니배치 손실이 10,000번 반복 동안 약 {loss:.2f}까지"
        " 내려갑니다. 오른쪽: 에폭마다 잰 훈련 정확도(실선)는 {train_acc:.2f}까지"
        " 오르고, 시험 정확도(점선)는 {test_acc:.2f}에서 더 오르지 않습니다."
    ),
    (
        "Two panels. Left: the mini-batch loss of the first 30 iterations at learning"
        " rates 1, 3.16 and {first_bad:.3g}, against the untrained network's loss of"
        " {start_loss:.2f}. Right: the loss after 500 iterations against the learning"
        " rate on a log axis from 0.1 to 31.6; circles for runs that learned, crosses"
        " for runs that did not; a dashed line at the predicted 2/lambda_max ="
        " {predicted:.2f} and a shaded band between {last_good:.3g}, the largest rate"
        " that learned, and {first_bad:.3g}."
    ): (
        "그래프 두 개입니다. 왼쪽: 학습률 1, 3.16, {first_bad:.3g}에서 처음 30번 반복의"
        " 미니배치 손실과, 학습 전 신경망의 손실 {start_loss:.2f}. 오른쪽: 0.1부터"
        " 31.6까지 로그 척도로 나타낸 학습률에 따른 500번 반복 후의 손실. 학습한"
        " 실행은 원,"
        " 학습하지 못한 실행은 X 표시입니다. 예측한 2/lambda_max = {predicted:.2f}에"
        " 점선이 있고, 학습한 가장 큰 학습률 {last_good:.3g}부터 {first_bad:.3g}까지"
        " 음영 띠가 있습니다."
    ),
    # --- quiz/s4_5.py: predictions and exercises
    (
        "At its initial weights the network's steepest curvature predicts $\\eta <"
        " 2/\\lambda_{\\max}$, a learning rate of about 1.4, as $\\eta < 1$ on the bowl"
        " of 4.4. Trained 500 iterations at each learning rate from 0.1 to 31.6, up to"
        " which learning rate does the network still learn?"
    ): (
        "처음 가중치에서 잰 신경망의 가장 큰 곡률로 예측하면 $\\eta <"
        " 2/\\lambda_{\\max}$, 즉 학습률은 약 1.4까지입니다. 4.4절의 그릇에서 $\\eta <"
        " 1$이었던 것과 같은 이치입니다."
        " 0.1부터 31.6까지의 각 학습률로 500번 반복 학습시키면, 신경망은 어느"
        " 학습률까지 학습할까요?"
    ),
    (
        "The runs learn up to 5.62, four times the prediction; from 10 on they stay at "
        "chance (test accuracy 0.1). The best run in 500 iterations is above the "
        "prediction too: 3.16, test accuracy 0.93. $2/\\lambda_{\\max}$ is right about "
        "what it describes, the first steps: below it the loss only wobbles (by less "
        "than 0.2 at lr 1) and then falls, above it the loss first jumps (to 3.0 at lr "
        "1.78, 3.9 at 3.16, 7.6 at 10), as on a bowl where each step overshoots. But "
        "the loss is no bowl. The jump carries the weights to where the loss is "
        "flatter: after 500 iterations at 3.16, $\\lambda_{\\max}$ has fallen from "
        "1.42 to 0.34, below that run's own limit $2/3.16 = 0.63$, and there learning "
        "goes on (the <b>catapult</b>, Lewkowycz et al. 2020). At 10 the jump goes too "
        "far: the hidden sigmoids saturate (the lr-10 question), the loss is flat "
        "because almost nothing moves ($\\lambda_{\\max}$ 0.13; only the output "
        "biases, which can only learn how often each digit occurs), and the network "
        "stays at chance. So $2/\\lambda_{\\max}$ is a safe learning rate, not the "
        "largest one: it tells where the first steps begin to overshoot."
    ): (
        "실행은 5.62까지 학습합니다. 예측의 네 배입니다. 10부터는 우연 수준(시험 "
        "정확도 0.1)에 머뭅니다. 500번 반복에서 가장 좋은 실행도 예측보다 위에 "
        "있습니다: 3.16, 시험 정확도 0.93. $2/\\lambda_{\\max}$는 자신이 설명하는 것, "
        "곧 첫 걸음들에 대해서는 맞습니다. 그보다 작으면 손실은 흔들리기만 하다가(lr "
        "1에서 0.2 미만) 줄어들고, 크면 손실이 먼저 튀어 오릅니다(lr 1.78에서는 "
        "3.0까지, 3.16에서는 3.9까지, 10에서는 7.6까지). 걸음마다 지나쳐 버리는 "
        "그릇에서와 같습니다. 하지만 손실은 그릇이 아닙니다. 튀어 오른 걸음은 가중치를 "
        "손실이 더 평평한 곳으로 데려갑니다. 3.16으로 500번 반복한 뒤 "
        "$\\lambda_{\\max}$는 1.42에서 0.34로 떨어져 그 실행 자신의 한계 $2/3.16 = "
        "0.63$보다 작아지고, 거기서 학습이 계속됩니다. 이것을 "
        "<b>캐터펄트</b>(catapult)라고 합니다(Lewkowycz et al. 2020). 10에서는 너무 "
        "멀리 튀어 오릅니다. 은닉층의 "
        "시그모이드가 포화되고(lr-10 질문), 거의 아무것도 움직이지 않으므로 손실이 "
        "평평하며($\\lambda_{\\max}$ 0.13), 신경망은 우연 수준에 머뭅니다. 아직 "
        "움직이는 것은 출력층의 편향뿐인데, 편향은 각 숫자가 얼마나 자주 나오는지밖에 "
        "배우지 못합니다. 그러니 $2/\\lambda_{\\max}$는 안전한 학습률이지 가장 큰 "
        "학습률이 아닙니다. 첫 걸음들이 지나치기 시작하는 곳을 알려 줄 뿐입니다."
    ),
    "up to about the prediction: above it no run learns": (
        "대략 예측값까지: 그보다 크면 어떤 실행도 학습하지 못한다"
    ),
    "well below the prediction: noisy mini-batches need smaller steps": (
        "예측보다 훨씬 작은 값까지: 잡음이 많은 미니배치에는 더 작은 걸음이 필요하다"
    ),
    "well above the prediction: a few times 2/λ_max still learns": (
        "예측보다 훨씬 큰 값까지: 2/λ_max의 몇 배에서도 여전히 학습한다"
    ),
    "any learning rate learns, only faster or slower": (
        "어떤 학습률이든 학습한다. 빠르거나 느릴 뿐이다"
    ),
    (
        "That is what a bowl would do. The runs at 1.78 and 3.16 are above"
        " $2/\\lambda_{\\max} = 1.40$ and learn best of all: their first steps"
        " overshoot (the loss jumps), then it falls."
    ): (
        "그릇에서라면 그렇게 됩니다. 하지만 1.78과 3.16의 실행은 $2/\\lambda_{\\max} ="
        " 1.40$보다 크지만 가장 잘 학습합니다. 첫 걸음들이 지나쳐(손실이 튀어 오릅니다)"
        " 그 뒤에 손실이 떨어집니다."
    ),
    (
        "Every run from 0.1 to 1 learns; a smaller learning rate is only slower here"
        " (test accuracy 0.73 at 0.1 after 500 iterations)."
    ): (
        "0.1부터 1까지의 실행은 모두 학습합니다. 여기서는 학습률이 작으면 느려질"
        " 뿐입니다(0.1에서 500번 반복한 뒤 시험 정확도 0.73)."
    ),
    (
        "From 10 on the accuracy stays at 0.1: the first jump saturates the hidden"
        " sigmoids (the lr-10 question)."
    ): (
        "10부터는 정확도가 0.1에 머뭅니다. 처음 튀어 오를 때 은닉층의 시그모이드가"
        " 포화됩니다(lr-10 질문)."
    ),
    (
        "The book's network has 39,760 weights. On a mini-batch of 100 images, the"
        " numerical gradient evaluates the loss twice per weight. Backpropagation"
        " (chapter 5) gets every weight's slope at once, from one forward pass and one"
        " backward pass through the network. About how many times faster is"
        " backpropagation?"
    ): (
        "책의 신경망에는 가중치가 39,760개 있습니다. 이미지 100장으로 된 미니배치에서"
        " 수치 미분은 가중치 하나마다 손실을 두 번 계산합니다. 오차역전파법(5장)은"
        " 순전파 한 번과 역전파 한 번으로 모든 가중치의 기울기를 한꺼번에 구합니다."
        " 오차역전파법은 대략 몇 배 빠를까요?"
    ),
    "about as fast: both compute the same 39,760 numbers": (
        "비슷하다: 둘 다 같은 숫자 39,760개를 계산한다"
    ),
    "about 100 times faster": "약 100배 빠르다",
    "about 1,000 times faster": "약 1,000배 빠르다",
    "10,000 times faster or more": "10,000배 이상 빠르다",
    (
        "Count loss evaluations. The numerical gradient runs the network forward 2 ×"
        " 39,760 = 79,520 times. Backpropagation's backward pass multiplies matrices of"
        " the same sizes as the forward pass (the 784 × 50 product dominates both), so"
        " the whole gradient costs about two forward passes: some 40,000 times fewer."
        " The measured ratio varies with the machine and the run, from tens of"
        " thousands up, and it grows with the network: the numerical gradient's cost"
        " grows with the number of weights, backpropagation's does not."
    ): (
        "손실을 몇 번 계산하는지 세어 보세요. 수치 미분은 신경망을 2 × 39,760 = "
        "79,520번 순전파합니다. 오차역전파법의 역전파는 순전파와 같은 크기의 행렬을 "
        "곱하므로(둘 다 784 × 50 곱이 대부분을 차지합니다) 기울기 전체가 순전파 두 번 "
        "정도의 비용입니다. 약 40,000분의 1입니다. 실제로 잰 비율은 컴퓨터와 실행마다 "
        "다르며 수만 배 이상입니다. 그리고 신경망이 클수록 커집니다. 수치 미분의 "
        "비용은 가중치 수에 비례해 늘지만 오차역전파법은 그렇지 않기 때문입니다."
    ),
    (
        "The same numbers, at very different costs: the numerical gradient runs the"
        " whole network twice for each weight, backpropagation runs it forward and"
        " back once for all of them."
    ): (
        "숫자는 같지만 비용이 전혀 다릅니다. 수치 미분은 가중치 하나마다 신경망 전체를"
        " 두 번 실행하고, 오차역전파법은 모든 가중치를 위해 순전파와 역전파를 한 번씩만"
        " 합니다."
    ),
    (
        "That would be a network of about 100 weights. Count the loss evaluations:"
        " 79,520, against the cost of about two."
    ): (
        "가중치가 100개쯤인 신경망이라면 그렇습니다. 손실 계산 횟수를 세어 보세요."
        " 79,520번 대 약 두 번의 비용입니다."
    ),
    (
        "That would be a network of about 1,000 weights. Count the loss evaluations:"
        " 79,520, against the cost of about two."
    ): (
        "가중치가 1,000개쯤인 신경망이라면 그렇습니다. 손실 계산 횟수를 세어 보세요."
        " 79,520번 대 약 두 번의 비용입니다."
    ),
    (
        "The same network now trains for the book's 10,000 iterations on the"
        " 4,000-image sample: 250 epochs instead of 17, so every training image is seen"
        " about 250 times. What happens to the training (solid) and test (dashed)"
        " accuracy?"
    ): (
        "이번에는 같은 신경망을 이미지 4,000장짜리 표본에서 책처럼 10,000번 반복"
        " 학습시킵니다. 17에폭이 아니라 250에폭이므로 훈련 이미지 한 장 한 장을 약"
        " 250번씩 봅니다. 훈련 정확도(실선)와 시험 정확도(점선)는 어떻게 될까요?"
    ),
    (
        "Training accuracy climbs to about 0.99 while test accuracy levels off near"
        " 0.92: the network starts to remember its 4,000 training images rather than"
        " what makes a digit (<b>over-fitting</b>, 오버피팅). It is mild here (the test"
        " accuracy still does not fall), and it is a matter of data: on full MNIST the"
        " same 10,000 iterations are only 17 epochs over 60,000 images, and the book's"
        " two curves stay together (about 0.95 and 0.95). The longer run also beats"
        " section 4.1's nearest-mean classifier on the same sample (test accuracy"
        " 0.808), which the 17-epoch run (0.794) did not: that run was short, not the"
        " network weak."
    ): (
        "훈련 정확도는 약 0.99까지 오르지만 시험 정확도는 0.92 근처에서 멈춥니다."
        " 신경망이 숫자를 숫자이게 하는 특징 대신 훈련 이미지 4,000장 자체를 외우기"
        " 시작한 것입니다. 이것이 <b>오버피팅</b>(overfitting)입니다. 여기서는 정도가"
        " 약하고(시험"
        " 정확도가 아직 떨어지지는 않습니다), 데이터의 문제입니다. 전체 MNIST에서는"
        " 같은 10,000번 반복이 이미지 60,000장에 대해 17에폭일 뿐이고, 책의 두 곡선은"
        " 함께 갑니다(약 0.95와 0.95). 이 긴 학습은 같은 표본에서 4.1절의 최근접 평균"
        " 분류기(시험 정확도 0.808)도 앞지릅니다. 17에폭 학습(0.794)은 그러지 못했는데,"
        " 신경망이 약해서가 아니라 학습이 짧았기 때문입니다."
    ),
    "both keep rising, on top of each other": "둘 다 서로 겹친 채 계속 오른다",
    "training accuracy pulls ahead: a gap opens": (
        "훈련 정확도가 앞서 나간다: 간격이 벌어진다"
    ),
    "both fall back: too much training undoes the learning": (
        "둘 다 떨어진다: 너무 오래 학습하면 배운 것을 도로 잃는다"
    ),
    (
        "That is the book's figure, on 60,000 images. With 15 times fewer images, each"
        " one is seen 15 times more often."
    ): (
        "그것은 이미지 60,000장으로 그린 책의 그림입니다. 이미지가 15배 적으면 한 장 한"
        " 장을 15배 더 자주 봅니다."
    ),
    (
        "SGD keeps lowering the training loss, so the training accuracy keeps rising;"
        " the test accuracy stalls, it does not collapse."
    ): (
        "SGD는 훈련 손실을 계속 낮추므로 훈련 정확도는 계속 오릅니다. 시험 정확도는"
        " 제자리에 머물 뿐 무너지지 않습니다."
    ),
    (
        "Set the learning rate to 10, a hundred times the book's 0.1, and press"
        " <b>Train</b>. What will 500 iterations do?"
    ): (
        "학습률을 책의 0.1의 백 배인 10으로 놓고 <b>학습 시작</b>을 누르세요. 500번"
        " 반복하면 어떻게 될까요?"
    ),
    (
        "The first steps are so large that they overshoot: the loss jumps from 2.3 to"
        " several times that (7.6 at the second iteration on the 4,000-image sample),"
        " and every hidden sigmoid is pushed to 0 or 1, where its slope"
        " $\\sigma(1-\\sigma)$ is almost 0. Then hardly any gradient reaches $W_1$, the"
        " hidden layer gives the same output for every image, and the network can only"
        " guess: the accuracy stays at 0.1, the loss near $\\ln 10 \\approx 2.3$."
        " Larger steps are not always faster: somewhere between 0.1 and 10 a larger"
        " learning rate stops helping (where, 4.5a, optional, finds out), and at 10,"
        " with batches of 100, the network is stuck (with batches of 500 it is not:"
        " try it)."
    ): (
        "첫 걸음들이 너무 커서 지나쳐 버립니다. 손실이 2.3에서 그 몇 배로 튀어"
        " 오르고(이미지 4,000장짜리 표본에서 두 번째 반복에 7.6), 은닉층의 시그모이드가"
        " 모두 0이나 1로 밀려납니다. 거기서는 기울기 $\\sigma(1-\\sigma)$가 거의"
        " 0입니다. 그러면 $W_1$까지 닿는 기울기가 거의 없고, 은닉층은 모든 이미지에"
        " 같은 출력을 내며, 신경망은 찍을 수밖에 없습니다. 정확도는 0.1에, 손실은 $\\ln"
        " 10 \\approx 2.3$ 근처에 머뭅니다. 걸음이 크다고 늘 빠른 것은 아닙니다."
        " 0.1과 10 사이 어딘가에서 학습률을 키워도 더는 도움이 되지 않게"
        " 되고(어디서인지는 선택 노트북 4.5a에서 찾아봅니다), 배치 크기 100일 때"
        " 10에서는 신경망이 갇혀 버립니다(배치 크기 500이면 갇히지 않습니다. 직접 해"
        " 보세요)."
    ),
    "learn faster than with 0.1": "0.1일 때보다 빨리 학습한다",
    "learn about as well as with 0.1": "0.1일 때와 비슷하게 학습한다",
    "stop learning: the accuracy stays at chance, 0.1": (
        "학습을 멈춘다: 정확도가 우연 수준인 0.1에 머문다"
    ),
    "diverge: the loss becomes NaN": "발산한다: 손실이 NaN이 된다",
    (
        "For some learning rates above 0.1, yes: try a few in the panel. At 10 each"
        " step overshoots so far that the hidden units saturate."
    ): (
        "0.1보다 큰 몇몇 학습률에서는 맞습니다. 패널에서 몇 가지를 해 보세요. 10에서는"
        " 걸음마다 너무 멀리 지나쳐서 은닉층 뉴런이 포화됩니다."
    ),
    (
        "NaN needs a number to overflow, and the course's sigmoid and softmax never"
        " overflow; even at 1000 the loss only climbs to about 14 and stays finite."
    ): (
        "NaN이 나오려면 어떤 수가 오버플로해야 하는데, 이 과정의 시그모이드와"
        " 소프트맥스는 오버플로하지 않습니다. 1000에서도 손실은 약 14까지 오를 뿐"
        " 유한합니다."
    ),
    (
        "The figure below shows each hidden unit's 784 incoming weights (a column of"
        " $W_1$) as a 28 × 28 image, at iteration 1,900, near the end of training; its"
        " slider goes back to iteration 0, where $W_1$ is small random numbers. Predict"
        " before you move it: when do the strokes and blobs appear?"
    ): (
        "아래 그림은 각 은닉층 뉴런으로 들어오는 가중치 784개($W_1$의 한 열)를 28 × 28"
        " 이미지로 보여 줍니다. 학습이 거의 끝난 반복 1,900의 모습이며,"
        " 슬라이더로 $W_1$이 작은 난수인 반복 0까지 되돌아갈 수 있습니다."
        " 슬라이더를 움직이기 전에 예측해 보세요. 획과 얼룩은 언제 나타날까요?"
    ),
    (
        "At iteration 0 every unit is random speckle: $W_1$ starts as small random"
        " numbers (standard deviation 0.01), and no unit has a shape yet. Between about"
        " iteration 200 and 500 (on the 4,000-image sample) the speckle gives way to"
        " strokes and blobs, while the test accuracy climbs from about 0.3 to 0.7;"
        " after that the shapes only sharpen, and the accuracy creeps up. The faint"
        " speckle left at the border of each tile is the starting noise, unchanged:"
        " those pixels are 0 in almost every image, and the gradient of a weight is its"
        " pixel's value times another factor, summed over the mini-batch (chapter 5"
        " shows why): a pixel that is 0 in every image never moves its weights, one"
        " that is almost always 0 hardly does."
    ): (
        "반복 0에서는 모든 뉴런이 무작위 점무늬입니다. $W_1$은 작은 난수(표준편차"
        " 0.01)에서 시작하므로 아직 어떤 뉴런에도 모양이 없습니다. (이미지 4,000장짜리"
        " 표본에서) 대략 반복 200과 500 사이에 점무늬가 획과 얼룩으로 바뀌고, 그동안"
        " 시험 정확도는 약 0.3에서 0.7까지 오릅니다. 그 뒤로는 모양이 선명해질 뿐이고"
        " 정확도는 천천히 오릅니다. 각 타일의 가장자리에 남은 희미한 점무늬는 처음의"
        " 잡음이 그대로 남은 것입니다. 그 픽셀들은 거의 모든 이미지에서 0이고, 가중치의"
        " 기울기는 그 픽셀의 값에 다른 인수를 곱해 미니배치 전체에 대해 더한"
        " 것입니다(이유는 5장에서 봅니다). 그래서 모든 이미지에서 0인 픽셀은 자신의"
        " 가중치를 전혀 움직이지 않고, 거의 늘 0인 픽셀은 거의 움직이지 않습니다."
    ),
    "already at iteration 0: training only makes them stronger": (
        "반복 0에서 이미 있다: 학습은 그것을 더 뚜렷하게 할 뿐이다"
    ),
    "early: within the first few hundred iterations": (
        "일찍: 처음 몇백 번의 반복 안에"
    ),
    "late: they sharpen slowly and evenly over all 1,900 iterations": (
        "늦게: 1,900번의 반복 내내 천천히, 고르게 선명해진다"
    ),
    (
        "Look at iteration 0: the starting weights are random numbers with no shape."
        " Every stroke you see was put there by gradient steps."
    ): (
        "반복 0을 보세요. 처음 가중치는 모양이 없는 난수입니다. 보이는 획은 모두 경사"
        " 하강법의 걸음들이 만든 것입니다."
    ),
    (
        "Compare iterations 200, 300 and 500: most of the change happens there, when"
        " the accuracy (the dot on the right) rises fastest."
    ): (
        "반복 200, 300, 500을 비교해 보세요. 변화는 대부분 그때, 정확도(오른쪽의 점)가"
        " 가장 빨리 오를 때 일어납니다."
    ),
    (
        "Three networks trained for 500 iterations with learning rates 0.1, 1 and 10."
        " The figure opens on lr = 0.1 and on a slice along two random directions,"
        " where its $\\theta^*$ sits at the bottom of a bowl. The buttons also offer a"
        " slice along the run's own training path. On that slice, where will the"
        " lowest loss around lr = 0.1's $\\theta^*$ lie?"
    ): (
        "학습률 0.1, 1, 10으로 500번 반복 학습시킨 신경망 세 개입니다. 그림은 lr ="
        " 0.1과 두 무작위 방향을 따른 단면에서 시작합니다. 거기서 $\\theta^*$는"
        " 그릇의 바닥에 있습니다. 버튼으로는 그 실행의 학습 경로를 따른 단면도 고를 수"
        " 있습니다. 그 단면에서 lr = 0.1의 $\\theta^*$ 주변에서 손실이 가장 낮은 곳은"
        " 어디일까요?"
    ),
    "at $\\theta^*$": "$\\theta^*$에서",
    "past $\\theta^*$, on in the direction the path came": (
        "$\\theta^*$를 지나, 경로가 오던 방향으로 더 간 곳"
    ),
    "back towards the start": "시작점 쪽으로 되돌아간 곳",
    (
        "On the path's slice the path comes in from the start (the square, loss 2.3)"
        " and stops at $\\theta^*$ (loss 1.06) on a slope: the valley goes on past it,"
        " down to about 0.71 at extent 1. Training had not finished: with small steps,"
        " 500 iterations stop halfway down, as 4.5's slow run did. The random slice"
        " hides this: two random directions out of 39,760 almost never point along"
        " the way down, and along most directions the loss rises on both sides, so a"
        " random slice through a trained $\\theta^*$ looks like a bowl whether"
        " training has finished or not (Li et al. draw training paths on the path's"
        " own directions for this reason). On that random slice the path is only a"
        " shadow: it holds a few percent of the way from the start, the dots huddle at"
        " the star, and the colour under them is not their loss. Compare the other"
        " runs: lr = 1 ends near the valley floor (0.20 at $\\theta^*$, about 0.18 at"
        " the lowest point of its slice); lr = 10 first climbs to 7.4 (its first step"
        " lands just outside the slice's grid at extent 1), then within 50 iterations"
        " falls back into a narrow groove at about 2.34, close to $\\ln 10 \\approx"
        " 2.30$ (a guess among ten digits), flat on the random slice: the plateau of"
        " 4.4, where every hidden sigmoid is pushed to 0 or 1 and the weights'"
        " gradient is almost 0."
    ): (
        "경로의 단면에서 경로는 시작점(사각형, 손실 2.3)에서 들어와 비탈 위의"
        " $\\theta^*$(손실 1.06)에서 멈춥니다. 골짜기는 그 너머로 이어져, 범위 1에서"
        " 약 0.71까지 내려갑니다. 학습이 끝나지 않은 것입니다. 걸음이 작으면 500번"
        " 반복은 4.5절의 느린 실행처럼 비탈 중간에서 멈춥니다. 무작위 단면은 이것을"
        " 가립니다. 39,760개 가운데"
        " 무작위로 고른 두 방향이 내려가는 길을 가리키는 일은 거의 없고, 대부분의"
        " 방향에서는 손실이 양쪽으로 커지므로, 학습된 $\\theta^*$를 지나는 무작위"
        " 단면은 학습이 끝났든 아니든 그릇처럼 보입니다(Li 등이 학습 경로를 경로 자신의"
        " 방향 위에 그리는 까닭입니다). 그 무작위 단면에서 경로는 그림자일 뿐입니다."
        " 시작점에서 온 길의 몇 퍼센트만 담기고, 점들은 별에 몰려 있으며, 그 아래의"
        " 색은 그 점의 손실이 아닙니다. 다른 실행과 비교해 보세요. lr = 1은 골짜기 바닥"
        " 가까이에서 끝납니다($\\theta^*$에서 0.20, 단면의 가장 낮은 곳에서 약 0.18)."
        " lr = 10은 먼저 7.4까지 올라갔다가(첫 걸음은 범위 1에서 단면의 격자 바로"
        " 바깥에 떨어집니다), 50번 반복 안에 약 2.34의 좁은 홈으로 다시 떨어집니다."
        " $\\ln 10 \\approx 2.30$(숫자 열 개 중 하나를 찍는 값)에 가깝고, 무작위"
        " 단면에서는 평평합니다."
        " 4.4절의 고원으로, 은닉층의 시그모이드가 모두 0이나 1로 밀려 있어 가중치의"
        " 기울기가 거의 0입니다."
    ),
    (
        "A bowl along two random directions says little about the one direction that"
        " matters, the way the path came. A run still learning has lower loss ahead of"
        " it."
    ): (
        "두 무작위 방향을 따라 그릇이라는 것은 중요한 단 하나의 방향, 경로가 온 방향에"
        " 대해서는 거의 말해 주지 않습니다. 아직 학습하는 실행은 앞쪽에 더 낮은 손실이"
        " 있습니다."
    ),
    (
        "SGD lowers the loss on average: the start (2.3) is higher than $\\theta^*$"
        " (1.06), and the path comes down to it."
    ): (
        "SGD는 평균적으로 손실을 낮춥니다. 시작점(2.3)은 $\\theta^*$(1.06)보다 높고,"
        " 경로는 그리로 내려옵니다."
    ),
    (
        "An array of shape (a, b) holds a·b numbers: W1 is 784 × hidden size, b1 has"
        " one bias per hidden unit, W2 is hidden size × 10 and b2 one bias per output."
        " For hidden size 50 the same count gives the 39,760 of the book's network."
        " Almost all of them sit in W1, where every pixel connects to every hidden"
        " unit."
    ): (
        "형상이 (a, b)인 배열에는 숫자가 a·b개 들어 있습니다. W1은 784 × 은닉층 크기,"
        " b1은 은닉층 뉴런마다 편향 하나, W2는 은닉층 크기 × 10, b2는 출력마다 편향"
        " 하나입니다. 은닉층 크기가 50이면 같은 계산으로 책의 신경망의 39,760이"
        " 나옵니다."
        " 거의 모두가 W1에 있습니다. W1에서는 모든 픽셀이 모든 은닉층 뉴런에 연결되기"
        " 때문입니다."
    ),
    "Add up the four arrays' sizes, biases included.": (
        "편향까지 포함해서 네 배열의 크기를 더하세요."
    ),
    "Count exactly: every weight and every bias, none left out.": (
        "정확히 세세요. 가중치와 편향을 하나도 빠짐없이."
    ),
    (
        "One epoch is training set size / batch size iterations. The loop measures"
        " whenever i % iter_per_epoch == 0 for i from 0 to iters_num − 1: at i = 0"
        " (after the first update) and at every multiple of iter_per_epoch below"
        " iters_num. So the count is iters_num / iter_per_epoch rounded up, as in the"
        " 17 epochs printed above (667 / 40 = 16.7 on the offline sample; the book's"
        " 10,000 / 600 = 16.7 on full MNIST)."
    ): (
        "1에폭은 (훈련 데이터 크기 / 배치 크기)번의 반복입니다. 루프는 0부터 iters_num"
        " − 1까지의 i 중에서 i % iter_per_epoch == 0일 때마다 잽니다. 즉 i = 0(첫 갱신"
        " 뒤)일 때와, iters_num보다 작은 iter_per_epoch의 배수마다 잽니다. 그러므로"
        " 횟수는 iters_num / iter_per_epoch를 올림한 값입니다. 위에 출력된 17에폭도"
        " 그렇습니다(오프라인 대체 데이터에서는 667 / 40 = 16.7, 전체 MNIST에서는 책의"
        " 10,000 / 600 = 16.7)."
    ),
    (
        "First: how many iterations is one epoch with batch_size = 50? Then list the i"
        " at which the loop measures."
    ): (
        "먼저: batch_size = 50일 때 1에폭은 몇 번의 반복인가요? 그다음 루프가 측정하는"
        " i를 나열해 보세요."
    ),
    (
        "SGD computes w ← w − lr · ∂L/∂w. A positive gradient means the loss grows with"
        " w, so w moves down, by the learning rate times the gradient."
    ): (
        "SGD는 w ← w − lr · ∂L/∂w를 계산합니다. 기울기가 양수이면 w가 커질 때 손실도"
        " 커진다는 뜻이므로, w는 학습률 × 기울기만큼 작아집니다."
    ),
    "Which way does SGD move a weight whose gradient is positive?": (
        "SGD는 기울기가 양수인 가중치를 어느 쪽으로 움직이나요?"
    ),
    (
        "Each row's predicted class is the position of its largest score, and a one-hot"
        " label gives its class the same way; the fraction right is the mean of the"
        " comparisons. No softmax is needed: it keeps the order within a row, so the"
        " largest score is the largest probability."
    ): (
        "각 행의 예측 클래스는 가장 큰 점수가 있는 위치이고, 원-핫 정답 레이블도 같은"
        " 방법으로 클래스를 알려 줍니다. 맞힌 비율은 비교 결과의 평균입니다."
        " 소프트맥스는 필요 없습니다. 소프트맥스는 한 행 안의 순서를 바꾸지 않으므로,"
        " 가장 큰 점수가 곧 가장 큰 확률입니다."
    ),
    (
        "t comes either as one-hot rows (t.ndim == 2) or as class indices (t.ndim =="
        " 1): handle both."
    ): (
        "t는 원-핫 행(t.ndim == 2)으로 올 수도, 클래스 인덱스(t.ndim == 1)로 올 수도"
        " 있습니다. 둘 다 처리하세요."
    ),
    (
        "Take the largest score of each row (one per image, axis=1), compare with the"
        " label, and return a fraction between 0 and 1."
    ): (
        "각 행(이미지마다 하나, axis=1)에서 가장 큰 점수의 위치를 찾아 정답 레이블과"
        " 비교하고, 0과 1 사이의 비율을 돌려주세요."
    ),
    "Return one number, the fraction of images right.": (
        "숫자 하나, 맞힌 이미지의 비율을 돌려주세요."
    ),
    (
        "this network's own gradient methods are off in exercise 5: call"
        " numerical_gradient(f, W) for each parameter"
    ): (
        "연습 문제 5에서는 이 신경망 자신의 기울기 메서드를 쓸 수 없습니다."
        " 매개변수마다 numerical_gradient(f, W)를 호출하세요"
    ),
    (
        "One call of numerical_gradient(f, W) per key of network.params, the"
        " simpleNet trick of 4.4 for four arrays: f ignores its argument and returns"
        " network.loss(x, t), which sees each nudge because numerical_gradient changes"
        " network.params[key] in place and puts it back. That is the class's"
        " numerical_gradient method, key by key: two loss evaluations per number,"
        " which is why it is slow."
    ): (
        "network.params의 키마다 numerical_gradient(f, W)를 한 번씩 호출합니다. 4.4절"
        " simpleNet의 요령을 배열 네 개로 넓힌 것입니다. f는 인수를 무시하고"
        " network.loss(x, t)를 돌려주는데, numerical_gradient가"
        " network.params[key]를 그 자리에서 바꿨다가 되돌려 놓으므로 손실에 그"
        " 변화가 반영됩니다. 클래스의 numerical_gradient 메서드가 키마다 하는 일이"
        " 바로 이것입니다. 숫자 하나에 손실을 두 번씩 계산하므로 느립니다."
    ),
    (
        "f takes the parameter array and returns the loss, e.g. lambda W:"
        " network.loss(x, t); pass network.params[key] itself as W."
    ): (
        "f는 매개변수 배열을 받아 손실을 돌려줍니다. 예: lambda W: network.loss(x, t)."
        " W로는 network.params[key] 자체를 넘기세요."
    ),
    "Return a dict with one gradient for each key of network.params.": (
        "network.params의 키마다 기울기 하나씩을 담은 딕셔너리를 돌려주세요."
    ),
    (
        "Does f compute network.loss(x, t) anew at every call? A loss computed once,"
        " or the params of a copy, gives a gradient of zeros: numerical_gradient must"
        " nudge the network's own arrays."
    ): (
        "f가 호출될 때마다 network.loss(x, t)를 새로 계산하나요? 한 번만 계산해 둔"
        " 손실이나 복사본의 매개변수로는 기울기가 0이 됩니다. numerical_gradient는"
        " 신경망 자신의 배열을 조금씩 움직여야 합니다."
    ),
    "Return the dict of gradients.": "기울기를 담은 딕셔너리를 돌려주세요.",
    (
        "network.params must hold the weights it had before: put every nudged value"
        " back, as numerical_gradient does."
    ): (
        "network.params에는 원래 가중치가 그대로 남아 있어야 합니다."
        " numerical_gradient처럼 움직였던 값을 모두 되돌려 놓으세요."
    ),
    (
        "Each parameter moves against its own gradient, by lr times it: W ← W − lr ·"
        " ∂L/∂W, the same rule for every key. Looping over the keys of params (not a"
        " fixed list) makes the step work for any network; building a new array for"
        " each key leaves the caller's arrays as they were, where the book's loop"
        " changes them in place with -=."
    ): (
        "각 매개변수는 자기 기울기의 반대 방향으로, 기울기의 lr배만큼 움직입니다. W ← W"
        " − lr · ∂L/∂W, 모든 키에 같은 규칙입니다. (고정된 목록이 아니라) params의 키를"
        " 따라 반복하면 어떤 신경망에서도 동작합니다. 키마다 새 배열을 만들면 호출한"
        " 쪽의 배열은 그대로 남습니다. 반면 책의 루프는 -=로 배열을 제자리에서"
        " 바꿉니다."
    ),
    (
        "Loop over the keys of params rather than listing W1, b1, W2, b2: a three-layer"
        " network has W3 and b3 too."
    ): (
        "W1, b1, W2, b2를 나열하지 말고 params의 키를 따라 반복하세요. 3층 신경망에는"
        " W3과 b3도 있습니다."
    ),
    "SGD steps against the gradient.": "SGD는 기울기의 반대 방향으로 내딛습니다.",
    "Does every parameter move against its own gradient, by lr times the gradient?": (
        "모든 매개변수가 자기 기울기의 반대 방향으로, 기울기의 lr배만큼 움직이나요?"
    ),
    "params and grads have the same keys; step every one of them.": (
        "params와 grads는 키가 같습니다. 모든 키에 대해 한 걸음씩 움직이세요."
    ),
    "Return the dict of updated parameters.": (
        "갱신한 매개변수의 딕셔너리를 돌려주세요."
    ),
    "training path, projected onto the slice": "학습 경로, 단면에 투영",
    (
        "lam_max must be the largest curvature, a number > 0; got lam_max ="
        " {lam_max!r}. Power iteration finds the eigenvalue largest in size, which"
        " is negative where the loss curves down most (a small network can have"
        " one); 2/lam_max then predicts no learning rate."
    ): (
        "lam_max는 가장 큰 곡률, 즉 0보다 큰 수여야 합니다. 받은 값: lam_max ="
        " {lam_max!r}. 거듭제곱법은 크기가 가장 큰 고윳값을 찾는데, 손실이 가장 크게"
        " 아래로 휘는 방향에서는 그 값이 음수입니다(작은 신경망에서 그럴 수 있습니다)."
        " 그러면 2/lam_max로는 학습률을 예측할 수 없습니다."
    ),
    (
        "For each mini-batch in batches: its rows of x and t, the gradient from "
        "gradient(network, x_batch, t_batch), every parameter one step against its "
        "gradient (your sgd_step, with network.params replaced by what it returns), "
        "and the mini-batch's loss after the step, appended to the list. Which "
        "gradient function you pass does not change the loop: that is why "
        "backpropagation can replace the numerical gradient without touching it."
    ): (
        "batches의 미니배치마다: x와 t에서 그 행들을 꺼내고, "
        "gradient(network, x_batch, t_batch)로 기울기를 구하고, 모든 매개변수를 "
        "기울기의 반대 방향으로 한 걸음 옮기고(여러분의 sgd_step이 반환한 것으로 "
        "network.params를 바꿉니다), 갱신한 뒤의 미니배치 손실을 리스트에 추가합니다. "
        "어떤 기울기 함수를 넘기든 반복문은 그대로입니다. 그래서 반복문을 건드리지 "
        "않고 수치 미분 대신 오차역전파법을 쓸 수 있습니다."
    ),
    (
        "Check the order: gradient first, then the update of every parameter, then "
        "the loss of the same mini-batch, measured after the update. Did "
        "network.params really change?"
    ): (
        "순서를 확인하세요. 먼저 기울기, 다음에 모든 매개변수의 갱신, 그다음에 같은 "
        "미니배치의 손실을 갱신한 뒤에 잽니다. network.params가 정말 바뀌었나요?"
    ),
    "Return one loss per mini-batch, in a list.": (
        "미니배치마다 손실 하나씩, 리스트로 반환하세요."
    ),
    "Return the list of losses.": "손실의 리스트를 반환하세요.",
    (
        "batches holds arrays of row indices: x[batch] and t[batch] are the "
        "mini-batch; gradient is called as gradient(network, x_batch, t_batch)."
    ): (
        "batches에는 행 번호 배열이 들어 있습니다. x[batch]와 t[batch]가 미니배치이고, "
        "gradient는 gradient(network, x_batch, t_batch)로 부릅니다."
    ),
}
