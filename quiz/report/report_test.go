package report

import (
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"careerquiz/careers"
	"careerquiz/internal/safetext"
	"careerquiz/quiz"
)

func score(t *testing.T, yaml string) quiz.Result {
	t.Helper()
	cat, err := careers.Default()
	if err != nil {
		t.Fatal(err)
	}
	a, err := quiz.ParseAnswers("a.yaml", []byte(yaml), cat)
	if err != nil {
		t.Fatal(err)
	}
	return quiz.Score(cat, a)
}

var samples = []string{
	"management: 5\ndegree: master\nexperience: five-plus\nsalary: 150000\n",
	"management: 1\ndegree: associate\nsalary: 40000\n",
	"management: 5\ndegree: master\nexperience: none\nsalary: 160000\ntechnology: 5\n", // a capped career
	"setting: remote\ngrowth: 5\ncertification: 1\n",
	"{}",
}

func TestTextReportFitsEightyColumns(t *testing.T) {
	for _, s := range samples {
		text := TextReport(score(t, s))
		for i, line := range strings.Split(text, "\n") {
			if utf8.RuneCountInString(line) > TextWidth && !strings.HasPrefix(strings.TrimSpace(line), "https://") {
				t.Errorf("%q line %d is %d wide: %q", s, i+1, utf8.RuneCountInString(line), line)
			}
		}
	}
}

func TestTextReportContent(t *testing.T) {
	res := score(t, samples[0])
	text := TextReport(res)
	if !strings.HasPrefix(text, Summary(res)) {
		t.Fatal("the summary is not the first block of the text report")
	}
	text = strings.Join(strings.Fields(text), " ") // unwrapped, to find phrases across lines
	for _, want := range []string{
		"Best fit: Health IT manager (director of information systems): 100.0% match",
		"Ranking", "What would change it", "The top two, compared", "Median pay: $164,070 (BLS OOH, May 2022)",
		quiz.HeadingEducation, quiz.HeadingDuties, quiz.HeadingSkills, quiz.HeadingPay,
		"Median pay: $164,070 a year (BLS OOH, May 2022)",
		"come from different years",
		"https://www.bls.gov/ooh/management/computer-and-information-systems-managers.htm",
		"Your answers",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text report lacks %q", want)
		}
	}
	if strings.Contains(text, "History, not today's figures") {
		t.Error("history bullets belong on the details screen, not in the comparison")
	}
	if capped := TextReport(score(t, samples[2])); strings.Contains(capped, "- -") {
		t.Error("a cap shows a double minus")
	}
}

func TestAllSkippedReportsSayNoRecommendation(t *testing.T) {
	res := score(t, "{}")
	text, md := TextReport(res), MarkdownReport(res)
	for name, out := range map[string]string{"text": text, "markdown": md} {
		if !strings.Contains(out, "No recommendation yet") || !strings.Contains(out, "skipped every question") || strings.Contains(out, "Best fit") {
			t.Errorf("%s report for all skipped:\n%s", name, out)
		}
	}
}

func TestMarkdownReport(t *testing.T) {
	res := score(t, samples[1])
	md := MarkdownReport(res)
	if md != MarkdownReport(res) {
		t.Fatal("markdown differs between runs")
	}
	for _, h := range quiz.Headings() {
		if !strings.Contains(md, "\n### "+strings.ReplaceAll(h, "&", "&")+"\n") {
			t.Errorf("markdown lacks the %q heading", h)
		}
	}
	for _, row := range []string{"| **Match** |", "| **Median pay** |", "| **Pay range** |", "| **Growth** |"} {
		if !strings.Contains(md, row) {
			t.Errorf("markdown's compact table lacks the %q row", row)
		}
	}
	if strings.Contains(md, "<br>") {
		t.Error("markdown has <br> in a table cell: it reads badly as plain text")
	}
	for _, want := range []string{"# careerquiz report: Health IT careers", "## Ranking", "| # | Career | Match | Unknown |", "## Sources", "](<https://www.bls.gov/"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
	// Every compact table row has the same number of cells as its header.
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "| **") && strings.Count(strings.ReplaceAll(line, `\|`, ""), "|") != 2+len(res.Compared()) {
			t.Errorf("comparison row with a broken cell count: %q", line)
		}
	}
}

func TestJSONContract(t *testing.T) {
	for _, s := range samples {
		res := score(t, s)
		data, err := JSONReport(res)
		if err != nil {
			t.Fatal(err)
		}
		var got map[string]any
		if err := json.Unmarshal(data, &got); err != nil {
			t.Fatal(err)
		}
		for _, key := range []string{"schema", "catalog", "answers", "decisive", "notice", "ranking", "what_if"} {
			if _, ok := got[key]; !ok {
				t.Errorf("%q: JSON lacks %q", s, key)
			}
		}
		ranking := got["ranking"].([]any)
		if len(ranking) != 7 {
			t.Fatalf("ranking has %d careers", len(ranking))
		}
		for _, r := range ranking {
			r := r.(map[string]any)
			var pts, max float64
			for _, re := range r["reasons"].([]any) {
				re := re.(map[string]any)
				pts += re["points"].(float64)
				max += re["max"].(float64)
			}
			if math.Abs(pts-r["score"].(float64)) > 1e-6 {
				t.Errorf("%q %s: points %.2f, score %v", s, r["id"], pts, r["score"])
			}
			if len(res.Answers) > 0 && math.Abs(max-100) > 1e-6 {
				t.Errorf("%q %s: maxima %.2f", s, r["id"], max)
			}
		}
		if len(res.Answers) == 0 && (got["decisive"] != false || got["notice"] == "") {
			t.Errorf("all skipped: decisive %v notice %q", got["decisive"], got["notice"])
		}
	}
}

// Coverage stands next to every score, and what a career needs that the
// person did not say stands beside it, in every format.
func TestReportsShowCoverageAndUnknowns(t *testing.T) {
	res := score(t, "degree: bachelor\nsalary: 70000\npatient-contact: 1\n")
	text, md := TextReport(res), MarkdownReport(res)
	for _, want := range []string{"match, on 3 of 12 answers", "Ranking (% match, on 3 of 12 answers)", "Unknown: needs 5+ years of IT experience; you didn't say"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	for _, want := range []string{"match, on 3 of 12 answers)", "Match on 3 of 12 answers.", "| needs 5+ years of IT experience; you didn't say |", "_Pay figures come from different years"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
	var out struct {
		Answered, Questions int
		Caveat              string
		AskNext             []string `json:"ask_next"`
		Ranking             []struct {
			ID      string
			Unknown []string
		}
	}
	data, err := JSONReport(res)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	if out.Answered != 3 || out.Questions != 12 || !strings.Contains(out.Caveat, "different years") {
		t.Errorf("json coverage %d of %d, caveat %q", out.Answered, out.Questions, out.Caveat)
	}
	for _, r := range out.Ranking {
		want := map[string][]string{"health-it-manager": {"experience"}, "health-information-management": {"experience"}, "nursing-informatics": {"rn"}}[r.ID]
		if strings.Join(r.Unknown, ",") != strings.Join(want, ",") || r.Unknown == nil {
			t.Errorf("%s: unknown %v, want %v", r.ID, r.Unknown, want)
		}
	}
	if !strings.Contains(string(data), `"unknown": []`) || !strings.Contains(string(data), `"ask_next": []`) {
		t.Error("empty unknown and ask_next lists are not written as []")
	}
}

// No clear fit: every format says so, names the leaders and what to answer.
func TestReportsWithNoClearFit(t *testing.T) {
	res := score(t, "degree: bachelor\n")
	if res.Decisive || len(res.AskNext) == 0 {
		t.Fatalf("test setup: decisive %v ask %v", res.Decisive, res.AskNext)
	}
	summary, md := Summary(res), MarkdownReport(res)
	for _, s := range []string{summary, md} {
		s = strings.Join(strings.Fields(s), " ") // the words, however the text is wrapped
		if !strings.Contains(s, "No clear fit yet") || strings.Contains(s, "Best fit") || !strings.Contains(s, "would best separate them") {
			t.Errorf("no clear fit not said:\n%s", s)
		}
	}
	data, err := JSONReport(res)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"decisive": false`) || !strings.Contains(string(data), `"leading": [`) {
		t.Errorf("json: %s", data[:200])
	}
}

// At any width the text report and the summary stay within it, breaking
// lines between words.
func TestTextReportFitsAnyWidth(t *testing.T) {
	for _, s := range samples {
		res := score(t, s)
		for _, w := range []int{30, 40, 50, 60, 120} {
			for _, out := range []string{TextReportWidth(res, w), SummaryWidth(res, w)} {
				for i, line := range strings.Split(out, "\n") {
					if utf8.RuneCountInString(line) > w && !strings.HasPrefix(strings.TrimSpace(line), "https://") {
						t.Fatalf("%q at %d: line %d is %d wide: %q", s, w, i+1, utf8.RuneCountInString(line), line)
					}
				}
			}
		}
	}
}

// The text report is what line mode prints for TERM=dumb and screen
// readers: plain ASCII in everything the report itself writes.
func TestTextReportFrameIsASCII(t *testing.T) {
	res := score(t, samples[0])
	text := TextReportWidth(res, 40)
	for _, k := range res.Ranking {
		text = strings.ReplaceAll(text, k.Career.Title, "") // catalog text may be any language
	}
	for i, line := range strings.Split(text, "\n")[:12] {
		for _, r := range line {
			if r > 127 {
				t.Fatalf("line %d has %q: %q", i+1, r, line)
			}
		}
	}
}

// wideCatalog is the default catalog with every career's title and summary
// holding wide (CJK) characters, each two columns, and a letter written
// with a combining accent (one column, two characters).
func wideCatalog(t *testing.T) *careers.Catalog {
	t.Helper()
	cat, err := careers.Default()
	if err != nil {
		t.Fatal(err)
	}
	c := *cat
	c.Careers = slices.Clone(cat.Careers)
	for i := range c.Careers {
		c.Careers[i].Title = "医疗信息职业顾问 " + c.Careers[i].Title + " Cafe\u0301"
		c.Careers[i].Summary = "职业顾问说明 " + c.Careers[i].Summary
	}
	return &c
}

// Text is laid out by the columns it takes on screen, not by its
// characters: wide characters take two, a combining accent none.
func TestTextReportFitsAnyWidthWithWideText(t *testing.T) {
	cat := wideCatalog(t)
	for _, s := range samples {
		a, err := quiz.ParseAnswers("a.yaml", []byte(s), cat)
		if err != nil {
			t.Fatal(err)
		}
		res := quiz.Score(cat, a)
		for _, w := range []int{30, 40, 50, 60, 80, 120} {
			for _, out := range []string{TextReportWidth(res, w), SummaryWidth(res, w)} {
				for i, line := range strings.Split(out, "\n") {
					if got := safetext.Width(line); got > w && !strings.HasPrefix(strings.TrimSpace(line), "https://") {
						t.Fatalf("%q at %d: line %d is %d columns: %q", s, w, i+1, got, line)
					}
				}
			}
		}
	}
}

// The ranking's Unknown and Not met columns are there only when a career
// has something in them, and every row has the header's cells.
func TestMarkdownRankingColumns(t *testing.T) {
	for _, tc := range []struct {
		answers        string
		unknown, unmet bool
	}{
		{"management: 5\ndegree: master\nexperience: five-plus\nrn: \"yes\"\n", false, false}, // every fact given and met
		{samples[1], true, false}, // facts skipped
		{"management: 5\ndegree: master\nexperience: none\nrn: \"yes\"\n", false, true}, // experience not met
	} {
		md := MarkdownReport(score(t, tc.answers))
		_, ranking, _ := strings.Cut(md, "## Ranking")
		ranking, _, _ = strings.Cut(ranking, "\n\n## ")
		var rows []string
		for line := range strings.SplitSeq(ranking, "\n") {
			if strings.HasPrefix(line, "|") {
				rows = append(rows, line)
			}
		}
		if len(rows) < 3 {
			t.Fatalf("%q: no ranking table:\n%s", tc.answers, ranking)
		}
		if strings.Contains(rows[0], "Unknown") != tc.unknown || strings.Contains(rows[0], "Not met") != tc.unmet {
			t.Errorf("%q: header %q, want Unknown %v and Not met %v", tc.answers, rows[0], tc.unknown, tc.unmet)
		}
		for _, row := range rows[1:] {
			if strings.Count(row, "|") != strings.Count(rows[0], "|") {
				t.Errorf("%q: row %q has not the header's cells", tc.answers, row)
			}
		}
	}
}

// Text in markdown is escaped so that it cannot make a link, an emphasis,
// a table cell or HTML of its own: brackets included.
func TestMarkdownEscapesText(t *testing.T) {
	if got, want := md(`BLS [RN page ]] *x* _y_ <b>z</b> a|b \`), `BLS \[RN page \]\] \*x\* \_y\_ &lt;b&gt;z&lt;/b&gt; a\|b \\`; got != want {
		t.Fatalf("md = %q, want %q", got, want)
	}
}

// A best fit under 60 is the closest fit in every format, with the line
// saying no career fits well.
func TestWeakFitIsTheClosestFit(t *testing.T) {
	res := score(t, "management: 5\ndegree: certificate\nsalary: 150000\nexperience: none\ncertification: 3\n")
	text := strings.Join(strings.Fields(TextReport(res)), " ")
	if !strings.Contains(text, "Closest fit: Health information management (HIM): 56.9% match") || !strings.Contains(text, "No career here fits your answers well") {
		t.Errorf("text: %s", text[:300])
	}
	if md := MarkdownReport(res); !strings.Contains(md, "## Closest fit: Health information management (HIM) (56.9% match") {
		t.Errorf("markdown: %s", md[:300])
	}
	if good := TextReport(score(t, "management: 4\ndegree: bachelor\nsalary: 70000\n")); !strings.Contains(good, "Best fit: ") {
		t.Errorf("a good fit is not the best fit: %s", good[:200])
	}
}

// Chinese, written without spaces, wraps between its characters within
// the width (it ran to 104 columns as one word), never starting a line
// with its closing punctuation; a URL still stands whole on its line.
func TestWrapBreaksChineseBetweenCharacters(t *testing.T) {
	note := "薪资数据来自不同年份（2022年与2023年），涵盖所有经验水平：中位数并不是起薪。各地区薪资差异很大。"
	got := wrap(note, "  Note: ", "        ", 40)
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if len(lines) < 3 {
		t.Fatalf("not wrapped:\n%s", got)
	}
	for _, l := range lines {
		if w := safetext.Width(l); w > 40 {
			t.Errorf("a line of %d columns: %q", w, l)
		}
		if body := strings.TrimLeft(strings.TrimPrefix(l, "  Note:"), " "); strings.ContainsAny(string([]rune(body)[:1]), "、。，）：") {
			t.Errorf("a line starts with closing punctuation: %q", l)
		}
	}
	if strings.Join(strings.Fields(strings.ReplaceAll(got, "  Note: ", "")), "") != note {
		t.Errorf("text lost or changed:\n%s", got)
	}
	url := "https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm"
	if got := wrap("See "+url, "  ", "  ", 40); !strings.Contains(got, "\n  "+url+"\n") {
		t.Errorf("the URL was cut:\n%s", got)
	}
}
