"""Korean strings: s4_3 (viz/numdiff.py, quiz/s4_3.py and the 4.3 notebook)."""

MESSAGES: dict[str, str] = {
    "exp(x) at x = 1": "x = 1에서 exp(x)",
    "sin(x) at x = 1": "x = 1에서 sin(x)",
    "0.01x² + 0.1x at x = 5": "x = 5에서 0.01x² + 0.1x",
    "forward difference": "전방 차분",
    "central difference": "중심 차분",
    "step h": "간격 h",
    "|estimate − true slope|": "|추정값 − 실제 기울기|",
    "Error of the forward and the central difference": "전방 차분과 중심 차분의 오차",
    "forward (f(x+h) − f(x)) / h": "전방 차분 (f(x+h) − f(x)) / h",
    "central (f(x+h) − f(x−h)) / 2h": "중심 차분 (f(x+h) − f(x−h)) / 2h",
    "truncation ≈ h·|f″|/2": "절단 오차 ≈ h·|f″|/2",
    "truncation ≈ h²·|f‴|/6": "절단 오차 ≈ h²·|f‴|/6",
    "rounding ≈ ε·|f|/h": "반올림 오차 ≈ ε·|f|/h",
    (
        "Log-log axes for the error of the forward difference (red) and the central "
        "difference (blue) of exp(x) at x = 1 against the step h, from 1e-16 to 1, "
        "with dotted truncation-error and dashed rounding-error guide lines, a green "
        "band at h = 1e-4 and a vertical marker at h = {h:g}, where two dots mark the "
        "two errors, printed in a box. The error curves and the guide lines are drawn "
        "only over the steps the slider has visited, so at first there are just the "
        "two dots."
    ): (
        "x = 1에서 exp(x)의 전방 차분(빨강)과 중심 차분(파랑)의 오차를 간격 "
        "h(1e-16부터 1까지)에 대해 그리는 로그-로그 축입니다. 절단 오차 "
        "보조선(점선)과 반올림 오차 보조선(파선), h = 1e-4의 초록 띠, h = {h:g}의 세로 "
        "표시선이 있고, 표시선 위의 두 점이 두 오차를 나타내며 그 값은 상자에 "
        "표시됩니다. 오차 곡선과 보조선은 슬라이더가 지나간 간격에서만 그려지므로, "
        "처음에는 두 점만 있습니다."
    ),
    "true tangent": "실제 접선",
    "secant: what the difference measures": "할선: 차분이 재는 기울기",
    "Tangent (true slope) and secant (estimated slope)": (
        "접선(실제 기울기)과 할선(추정한 기울기)"
    ),
    (
        "The curve y = 0.01x² + 0.1x for x from 0 to 20 with its green tangent line at "
        "x = {x:g}, slope {true:g}, and the dashed orange secant of the {difference} "
        "with h = {h:g}, {through}, slope {slope:.3g}. A box prints both slopes and "
        "the error."
    ): (
        "x가 0부터 20까지인 곡선 y = 0.01x² + 0.1x와, x = {x:g}에서 그은 초록 "
        "접선(기울기 {true:g}), 그리고 h = {h:g}인 {difference}의 주황 파선 "
        "할선({through}, 기울기 {slope:.3g})을 그린 그래프입니다. 상자에 두 기울기와 "
        "오차가 표시됩니다."
    ),
    # figure texts with $math$ (this title, the cut titles below) get no Hangul:
    # mathtext draws the words beside the math with one font, not Hangul's
    "height $f = x_0^2 + x_1^2$": "$f = x_0^2 + x_1^2$",
    "difference": "차분",
    "through x − h = {a:g} and x + h = {b:g}": "지나는 점 x − h = {a:g}, x + h = {b:g}",
    "through x = {a:g} and x + h = {b:g}": "지나는 점 x = {a:g}, x + h = {b:g}",
    "forward error {ef:.1e}\ncentral error {ec:.1e}": (
        "전방 차분 오차 {ef:.1e}\n중심 차분 오차 {ec:.1e}"
    ),
    "method must be 'forward' or 'central', not {method!r}": (
        "method는 'forward'나 'central'이어야 합니다. 받은 값: {method!r}"
    ),
    "true slope {true:.6f}, estimate {estimate:.6f}\nerror {error:+.1e}": (
        "실제 기울기 {true:.6f}, 추정값 {estimate:.6f}\n오차 {error:+.1e}"
    ),
    "forward": "전방",
    "central": "중심",
    "cut ${fixed}$: ∂f/∂${name}$ ≈ {slope:.4f}": (
        "${fixed}$: ∂f/∂${name}$ ≈ {slope:.4f}"
    ),
    (
        "Left: the bowl-shaped surface f = x0² + x1² with two cuts through the point "
        "(3, 4, 25), a red one along x0 with x1 held at 4 and a blue one along x1 with "
        "x0 held at 3. Middle: the red cut, the parabola x0² + 16, with its tangent at "
        "x0 = 3, slope 6. Right: the blue cut, x1² + 9, with its tangent at x1 = 4, "
        "slope 8."
    ): (
        "왼쪽: 그릇 모양의 곡면 f = x0² + x1²과, 점 (3, 4, 25)를 지나는 두 단면입니다. "
        "빨간 단면은 x1을 4로 고정하고 x0 방향으로, 파란 단면은 x0을 3으로 고정하고 x1 "
        "방향으로 자른 것입니다. 가운데: 빨간 단면인 포물선 x0² + 16과, x0 = 3에서 "
        "그은 기울기 6의 접선. 오른쪽: 파란 단면인 x1² + 9와, x1 = 4에서 그은 기울기 "
        "8의 접선."
    ),
    (
        "The figure starts at $f(x) = e^x$, $x = 1$. Of these four steps, which gives "
        "the <b>forward</b> difference $(f(x+h) - f(x))/h$ its smallest error?"
    ): (
        "그림은 $f(x) = e^x$, $x = 1$에서 시작합니다. 다음 네 간격 중 <b>전방</b> 차분 "
        "$(f(x+h) - f(x))/h$의 오차를 가장 작게 만드는 것은 무엇일까요?"
    ),
    (
        "The forward errors of $e^x$ at $x = 1$: 1.4e-2 at $h$ = 1e-2, 1.4e-5 at 1e-5, "
        "6.6e-9 at 1e-8 and 4.3e-4 at 1e-12.<br>Right of the valley, <b>truncation</b> "
        "dominates: the error is about $h|f''|/2$ and falls with slope 1 (10&times; "
        "smaller $h$, 10&times; smaller error).<br>Left of the valley, <b>rounding</b> "
        "dominates: $f(x+h)$ and $f(x)$ each carry a relative error of about "
        "$\\varepsilon \\approx 2.2\\times10^{-16}$, and dividing their difference by "
        "$h$ magnifies it to about $\\varepsilon|f|/h$, which <i>grows</i> as $h$ "
        "shrinks; near $h = 10^{-16}$ the estimate is garbage, and the bad "
        "implementation's $10^{-49}$ is far off the left edge.<br>The two errors meet "
        "near $h = \\sqrt{\\varepsilon} \\approx 1.5\\times10^{-8}$: the bottom of the "
        "forward valley.<br>The central difference's truncation error, $h^2|f'''|/6$, "
        "falls with slope 2 (100&times; smaller), so its valley is deeper and further "
        "right (where exactly: exercise 3). The book's $h = "
        "10^{-4}$ sits on the safe side of the central valley: within a few orders of "
        "magnitude of the best accuracy for smooth functions of ordinary size, and far "
        "from the rounding cliff."
    ): (
        "$x = 1$에서 $e^x$의 전방 차분 오차는 $h$ = 1e-2에서 1.4e-2, 1e-5에서 1.4e-5, "
        "1e-8에서 6.6e-9, 1e-12에서 4.3e-4입니다.<br>골짜기의 오른쪽에서는 <b>절단 "
        "오차</b>가 지배합니다. 오차는 약 $h|f''|/2$이고 기울기 1로 줄어듭니다($h$가 "
        "10&times; 작아지면 오차도 10&times; 작아집니다).<br>골짜기의 왼쪽에서는 "
        "<b>반올림 오차</b>가 지배합니다. $f(x+h)$와 $f(x)$에는 각각 약 $\\varepsilon "
        "\\approx 2.2\\times10^{-16}$의 상대 오차가 있고, 그 차를 $h$로 나누면 오차가 "
        "약 $\\varepsilon|f|/h$로 커집니다. 이 값은 $h$가 작아질수록 <i>커집니다</i>. "
        "$h = 10^{-16}$ 근처에서는 추정값이 쓸모없고, 나쁜 구현의 $10^{-49}$는 왼쪽 "
        "끝에서도 한참 벗어나 있습니다.<br>두 오차는 $h = \\sqrt{\\varepsilon} "
        "\\approx 1.5\\times10^{-8}$ 근처에서 만납니다. 그곳이 전방 차분 골짜기의 "
        "바닥입니다.<br>중심 차분의 절단 오차 $h^2|f'''|/6$은 기울기 2로 "
        "줄어들므로(100&times; 작아짐) 골짜기가 더 깊고 더 오른쪽에 있습니다(정확히 "
        "어디인지는 연습 문제 3). 책의 $h = "
        "10^{-4}$는 중심 차분 골짜기의 안전한 쪽에 있습니다. 보통 크기의 매끄러운 "
        "함수라면 가장 좋은 정확도에서 몇 자릿수 이내이고, 반올림 절벽에서는 멀리 "
        "떨어져 있습니다."
    ),
    "At 1e-2 truncation dominates: about $h \\cdot e/2 \\approx 0.014$.": (
        "1e-2에서는 절단 오차가 지배합니다. 약 $h \\cdot e/2 \\approx 0.014$입니다."
    ),
    (
        "Closer, but still on the truncation side: the error keeps falling for another "
        "three orders of magnitude of $h$."
    ): (
        "더 가까워졌지만 아직 절단 오차 쪽입니다. 오차는 $h$가 세 자릿수 더 작아질 "
        "때까지 계속 줄어듭니다."
    ),
    (
        "Smaller is not better: at 1e-12 rounding error, about $\\varepsilon e/h "
        "\\approx 6\\times10^{-4}$, swamps the estimate."
    ): (
        "작을수록 좋은 것은 아닙니다. 1e-12에서는 약 $\\varepsilon e/h \\approx "
        "6\\times10^{-4}$의 반올림 오차가 추정값을 뒤덮습니다."
    ),
    (
        "The figure starts with the <b>forward</b> difference at $x = 5$ and a large "
        "step, $h = 3$: the orange secant is steeper than the green tangent. Switch to "
        "<b>central</b> and keep $h = 3$. How steep is the central secant, compared "
        "with the tangent?"
    ): (
        "그림은 $x = 5$에서 <b>전방</b> 차분과 큰 간격 $h = 3$으로 시작합니다. 주황 "
        "할선이 초록 접선보다 가파릅니다. <b>중심</b> 차분으로 바꾸고 $h = 3$은 그대로 "
        "두세요. 중심 차분의 할선은 접선과 비교해 얼마나 가파를까요?"
    ),
    (
        "For $f(x) = 0.01x^2 + 0.1x$ the forward slope is $\\frac{f(x+h)-f(x)}{h} = "
        "0.02x + 0.1 + 0.01h$, too steep by exactly $0.01h$ (0.23 against 0.2 at $h = "
        "3$), and the backward slope $\\frac{f(x)-f(x-h)}{h} = 0.02x + 0.1 - 0.01h$ "
        "too flat by as much (0.17). The central slope is their average, "
        "$\\frac{f(x+h)-f(x-h)}{2h} = 0.02x + 0.1$, for <i>every</i> $h$: the central "
        "secant is parallel to the tangent even at $h = 3$. It is not the tangent "
        "itself: it runs through two points of the curve, and lies $0.01h^2$ above the "
        "tangent (0.09 at $h = 3$).<br>In the error $h^2|f'''|/6$ of the central "
        "difference, a parabola's $f'''$ is 0: no truncation error is left, only "
        "rounding. That is why, for the book's parabola in the error figure above, the "
        "blue curve keeps falling all the way to $h = 1$ and has no dotted guide line. "
        "For most functions, such as $e^x$ or $\\sin x$, the central error shrinks "
        "like $h^2$; the parabola is the special case where it is zero.<br>Make $h$ "
        "tiny ($10^{-10}$) and the lines still agree on screen, but the printed error "
        "grows: that is rounding error."
    ): (
        "$f(x) = 0.01x^2 + 0.1x$에서 전방 차분의 기울기는 $\\frac{f(x+h)-f(x)}{h} = "
        "0.02x + 0.1 + 0.01h$로, 정확히 $0.01h$만큼 더 가파릅니다($h = 3$에서 0.2 대신 "
        "0.23). 후방 차분의 기울기 $\\frac{f(x)-f(x-h)}{h} = 0.02x + 0.1 - 0.01h$는 "
        "그만큼 더 완만합니다(0.17). 중심 차분의 기울기는 이 둘의 평균인 "
        "$\\frac{f(x+h)-f(x-h)}{2h} = 0.02x + 0.1$이고, 이는 <i>모든</i> $h$에서 "
        "성립합니다. 그래서 중심 차분의 할선은 $h = 3$에서도 접선과 평행합니다. 다만 "
        "접선 자체는 아닙니다. 곡선 위의 두 점을 지나므로 접선보다 $0.01h^2$만큼 위에 "
        "있습니다($h = 3$에서 0.09).<br>중심 차분의 오차 $h^2|f'''|/6$에서 포물선의 "
        "$f'''$는 0입니다. 절단 오차는 남지 않고 반올림 오차만 남습니다. 그래서 위의 "
        "오차 그림에서 책의 포물선을 고르면 파란 곡선이 $h = 1$까지 계속 내려가고 점선 "
        "보조선도 없습니다. $e^x$나 $\\sin x$처럼 대부분의 함수에서는 중심 차분의 "
        "오차가 $h^2$처럼 줄어듭니다. 포물선은 그 오차가 0인 특별한 "
        "경우입니다.<br>$h$를 아주 작게($10^{-10}$) 하면 화면에서는 두 선이 여전히 "
        "일치하지만, 표시되는 오차는 커집니다. 그것이 반올림 오차입니다."
    ),
    "Steeper than the tangent, but less than the forward secant": (
        "접선보다 가파르지만 전방 차분의 할선보다는 덜 가파릅니다"
    ),
    "Less steep than the tangent": "접선보다 완만합니다",
    "Parallel to the tangent: the same slope, even at h = 3": (
        "접선과 평행합니다. h = 3에서도 기울기가 같습니다"
    ),
    "As steep as the forward secant": "전방 차분의 할선만큼 가파릅니다",
    (
        "That is what an error proportional to $h^2$ would give, as for most "
        "functions; this one is a parabola, and its $f'''$ is 0."
    ): (
        "대부분의 함수처럼 오차가 $h^2$에 비례한다면 그렇겠지만, 이 함수는 "
        "포물선이고 $f'''$가 0입니다."
    ),
    (
        "The backward secant is the flatter one, by $0.01h$; the central slope is the "
        "average of the forward and the backward slopes, and their errors cancel."
    ): (
        "$0.01h$만큼 더 완만한 것은 후방 차분의 할선입니다. 중심 차분의 기울기는 "
        "전방 차분과 후방 차분 기울기의 평균이고, 두 오차는 상쇄됩니다."
    ),
    (
        "The central secant runs through $x - h$ and $x + h$, not through $x$ and $x + "
        "h$: its slope is the average of the forward slope, 0.23, and the backward "
        "slope, 0.17."
    ): (
        "중심 차분의 할선은 $x$와 $x + h$가 아니라 $x - h$와 $x + h$를 지납니다. 그 "
        "기울기는 전방 차분의 기울기 0.23과 후방 차분의 기울기 0.17의 평균입니다."
    ),
    (
        "((2 + h)³ − 8)/h − 12 = 6h + h², about 6.0e-4 for h = 1e-4: the forward error "
        "is proportional to h (it is h·|g″|/2 plus h², with g″(2) = 12), sixty "
        "thousand times the central difference's h² = 1e-8."
    ): (
        "((2 + h)³ − 8)/h − 12 = 6h + h²이고, h = 1e-4이면 약 6.0e-4입니다. 전방 "
        "차분의 오차는 h에 비례합니다(g″(2) = 12일 때 h·|g″|/2에 h²를 더한 값입니다). "
        "중심 차분의 오차 h² = 1e-8의 6만 배입니다."
    ),
    (
        "The miss is estimate − 12; the forward secant of x³ at 2 is steeper than the "
        "tangent."
    ): (
        "빗나간 정도는 추정값 − 12입니다. 2에서 x³의 전방 차분 할선은 접선보다 "
        "가파릅니다."
    ),
    (
        "Use the forward difference, forward_diff (one step to the right), not "
        "numerical_diff, and subtract the true slope 12."
    ): (
        "numerical_diff가 아니라 전방 차분 forward_diff(오른쪽으로 한 간격)를 쓰고, "
        "실제 기울기 12를 빼세요."
    ),
    (
        "For x³ the central error is exactly h² (h²·|g‴|/6 with g‴ = 6): 1e-4 at h = "
        "0.01, 1e-6 at h = 0.001. Ten times smaller h, a hundred times smaller error: "
        "the slope-2 blue line in the error figure. The forward difference would gain "
        "only ten times. This holds while truncation dominates; at much smaller h, "
        "rounding takes over."
    ): (
        "x³의 중심 차분 오차는 정확히 h²입니다(g‴ = 6이므로 h²·|g‴|/6). h = 0.01에서 "
        "1e-4, h = 0.001에서 1e-6입니다. h가 10배 작아지면 오차는 100배 작아집니다. "
        "오차 그림에서 기울기가 2인 파란 선입니다. 전방 차분이라면 10배만 좋아집니다. "
        "이는 절단 오차가 지배하는 동안에만 성립하며, h가 훨씬 작아지면 반올림 오차가 "
        "우세해집니다."
    ),
    (
        "Which power of h does the central difference's truncation error follow? Look "
        "at the slope of the blue line right of its valley, or compute both errors "
        "with numerical_diff(g, 2.0, h)."
    ): (
        "중심 차분의 절단 오차는 h의 몇 제곱을 따를까요? 파란 선의 골짜기 오른쪽 "
        "기울기를 보거나, numerical_diff(g, 2.0, h)로 두 오차를 직접 계산해 보세요."
    ),
    (
        "On the grid, the central difference of e^x at x = 1 is most accurate near "
        "h = 1e-5: there truncation h²·|f‴|/6 and rounding ε·|f|/h are about equal, "
        "and their sum is smallest at h = (3ε·|f|/|f‴|)^(1/3) ≈ 8.7e-6. Which grid "
        "step wins exactly, and by how much, depends on the last bits of your CPU's "
        "rounding, so any step of that size is right. The "
        "book's h = 1e-4 gives 4.5e-9: a little worse than the best, but far from "
        "the rounding cliff, and good for functions of other sizes too."
    ): (
        "격자의 간격 가운데 x = 1에서 e^x의 중심 차분이 가장 정확한 것은 h = 1e-5 "
        "근처입니다. 거기서 절단 오차 h²·|f‴|/6과 반올림 오차 ε·|f|/h가 거의 "
        "같아지고, 둘의 합은 h = (3ε·|f|/|f‴|)^(1/3) ≈ 8.7e-6에서 가장 작습니다. "
        "격자의 어느 간격이 이기는지, 얼마나 앞서는지는 CPU가 반올림한 마지막 "
        "비트에 따라 달라지므로, 이 크기의 간격이면 모두 정답입니다. "
        "책의 h = 1e-4에서는 오차가 4.5e-9입니다. "
        "가장 좋은 값보다 조금 나쁘지만 반올림 절벽에서 멀고, 크기가 다른 함수에도 "
        "잘 맞습니다."
    ),
    (
        "np.argmin(central_err) is the index of the smallest error; the step is the "
        "grid's entry at that index. (The first array is the forward difference's.)"
    ): (
        "np.argmin(central_err)는 가장 작은 오차의 인덱스입니다. 간격은 격자에서 그 "
        "인덱스에 있는 값입니다. (첫 번째 배열은 전방 차분의 오차입니다.)"
    ),
    (
        "The book's numerical_diff steps h = 1e-4 to both sides of x and divides the "
        "change in f by the distance between the two points, 2h: the slope belongs to "
        "x itself, and the first error terms cancel."
    ): (
        "책의 numerical_diff는 x의 양쪽으로 h = 1e-4만큼 움직이고, f의 변화량을 두 "
        "점 사이의 거리 2h로 나눕니다. 그래서 x 바로 그 점의 기울기를 재게 되고, "
        "오차의 첫 항들이 서로 상쇄됩니다."
    ),
    (
        "Did you use the forward difference (f(x + h) − f(x)) / h, or another h? Step "
        "to both sides of x, with h = 1e-4."
    ): (
        "전방 차분 (f(x + h) − f(x)) / h를 쓰거나 다른 h를 쓰지 않았나요? h = 1e-4로 "
        "x의 양쪽으로 움직이세요."
    ),
    "The two points x − h and x + h are 2h apart.": (
        "두 점 x − h와 x + h는 2h만큼 떨어져 있습니다."
    ),
    (
        "The central difference is (f(x + h) − f(x − h)) / (2h) with h = 1e-4; a step "
        "like 1e-50 vanishes next to x."
    ): (
        "중심 차분은 h = 1e-4일 때 (f(x + h) − f(x − h)) / (2h)입니다. 1e-50 같은 "
        "간격은 x 옆에서 사라집니다."
    ),
    (
        "∂f/∂x0 = 2·x0 + x1 = 6 + 4 = 10, with x1 held at 4: the term x0·x1 counts "
        "too, with x1 as a constant factor."
    ): (
        "x1을 4로 고정하면 ∂f/∂x0 = 2·x0 + x1 = 6 + 4 = 10입니다. x0·x1 항도 x1을 상수 "
        "계수로 삼아 함께 미분해야 합니다."
    ),
    (
        "Hold x1 fixed at 4: f becomes a function of x0 alone, x0**2 + x0 * 4.0, as "
        "function_tmp1 does for the book's f."
    ): (
        "x1을 4로 고정하세요. 그러면 f는 x0만의 함수 x0**2 + x0 * 4.0이 됩니다. 책의 "
        "f에 대해 function_tmp1이 하는 것과 같습니다."
    ),
    (
        "Copy x twice, move only entry i by +h and −h, and take (f(x_plus) − "
        "f(x_minus)) / (2h): every other variable stays fixed, which is what a partial "
        "derivative asks. Section 4.4 repeats this for every i and collects the "
        "results into the gradient."
    ): (
        "x를 두 번 복사해 i번째 원소만 +h와 −h만큼 움직이고 (f(x_plus) − f(x_minus)) / "
        "(2h)를 계산합니다. 다른 변수는 모두 고정되므로, 바로 편미분이 요구하는 "
        "계산입니다. 4.4절에서는 이것을 모든 i에 대해 반복하고 그 결과를 모아 기울기를 "
        "만듭니다."
    ),
    "Return one number, the slope along x[i] only.": (
        "x[i] 방향의 기울기, 곧 수 하나만 돌려주세요."
    ),
    (
        "Work on x.copy(), or put x[i] back before returning (the book's "
        "numerical_gradient in 4.4 keeps the old value in tmp_val)."
    ): (
        "x.copy()로 작업하거나, 반환하기 전에 x[i]를 원래 값으로 되돌리세요(4.4절에 "
        "나오는 책의 numerical_gradient는 원래 값을 tmp_val에 보관합니다)."
    ),
    "Did you use the forward difference? Step to both sides of x[i], with h = 1e-4.": (
        "전방 차분을 쓰지 않았나요? h = 1e-4로 x[i]의 양쪽으로 움직이세요."
    ),
    "x[i] − h and x[i] + h are 2h apart.": (
        "x[i] − h와 x[i] + h는 2h만큼 떨어져 있습니다."
    ),
    (
        "Move only x[i], by +h and −h, keep the other entries as they are, and divide "
        "the difference of f by 2h."
    ): "x[i]만 +h와 −h만큼 움직이고 다른 원소는 그대로 둔 채, f의 차를 2h로 나누세요.",
}
