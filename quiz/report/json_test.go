package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"careerquiz/careers"
	"careerquiz/internal/catalogtest"
	"careerquiz/quiz"
)

// answerSets cover full, partial, skipped (left out and null), all-skipped
// and capped answers.
var answerSets = append([]string{
	"management: 4\ndegree: bachelor\nsalary: 70000\nexperience: some\ndata-vs-people: 3\ntechnology: 4\n" +
		"compliance: 3\npatient-contact: 2\ncertification: 3\ngrowth: 4\nsetting: hospital\nrn: no\n",
	"management: null\ndegree: certificate\nsalary: 1000\nexperience: null\nrn: null\n",
	"salary: 1000000\nrn: yes\nsetting: office\n",
	"degree: bachelor\n",
}, samples...)

func scoreCatalog(t *testing.T, cat *careers.Catalog, yaml string) quiz.Result {
	t.Helper()
	a, err := quiz.ParseAnswers("a.yaml", []byte(yaml), cat)
	if err != nil {
		t.Fatalf("%q: %v", yaml, err)
	}
	return quiz.Score(cat, a)
}

// sameAsReference fails unless the streamed report is the bytes
// json.MarshalIndent wrote for the old structure.
func sameAsReference(t *testing.T, name string, res quiz.Result) {
	t.Helper()
	want, err := referenceJSON(res)
	if err != nil {
		t.Fatalf("%s: reference: %v", name, err)
	}
	got, err := JSONReport(res)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if !bytes.Equal(got, want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		t.Fatalf("%s: the streamed JSON differs from json.MarshalIndent's at byte %d of %d:\ngot  %q\nwant %q",
			name, i, len(want), got[max(0, i-80):min(len(got), i+80)], want[max(0, i-80):min(len(want), i+80)])
	}
}

func TestWriteJSONMatchesMarshalIndentOnTheBuiltInCatalog(t *testing.T) {
	cat, err := careers.Default()
	if err != nil {
		t.Fatal(err)
	}
	whatIfs, caps := 0, 0
	for _, s := range answerSets {
		res := scoreCatalog(t, cat, s)
		whatIfs += len(res.WhatIf)
		for _, r := range res.Ranking {
			for _, re := range r.Reasons() {
				if re.Cap {
					caps++
				}
			}
		}
		sameAsReference(t, s, res)
	}
	if whatIfs == 0 || caps == 0 {
		t.Fatalf("test setup: the answer sets give %d what-ifs and %d cap reasons; they should give both", whatIfs, caps)
	}
}

func TestWriteJSONMatchesMarshalIndentOnGeneratedCatalogs(t *testing.T) {
	for _, n := range []int{1, 37, 400} {
		text, err := catalogtest.Generate(n)
		if err != nil {
			t.Fatal(err)
		}
		cat, err := careers.Parse("gen.yaml", text)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range answerSets {
			sameAsReference(t, fmt.Sprintf("%d careers, %q", n, s), scoreCatalog(t, cat, s))
		}
	}
}

// awkward holds what json.Marshal escapes: HTML characters, quotes,
// backslashes, control characters, invalid UTF-8, U+2028 and U+2029, and
// what it does not (DEL, other non-ASCII text).
const awkward = "<b>R&D</b> \"quoted\" back\\slash \b\f\n\r\t\x00\x1f\x7f bad\xff\xfe utf8 \u2028\u2029 café ✓ 👩‍⚕️"

// A result built by hand reaches what a catalog does not: awkward strings
// everywhere, a what-if without changes, numbers in exponent form.
func TestWriteJSONMatchesMarshalIndentOnAwkwardValues(t *testing.T) {
	cat, err := careers.Default()
	if err != nil {
		t.Fatal(err)
	}
	res := scoreCatalog(t, cat, answerSets[0])
	res.Catalog = &careers.Catalog{Title: awkward, Note: awkward, Questions: cat.Questions}
	res.Notice, res.Leading, res.AskNext = awkward, []string{awkward, ""}, []string{awkward}
	res.Ranking = append(res.Ranking[:2:2],
		quiz.Ranked{Career: careers.Career{ID: awkward, Title: awkward}, Score: 1e-7, Unknown: []string{awkward}},
		quiz.Ranked{Career: careers.Career{ID: "big", Title: ""}, Score: 1e21},
		quiz.Ranked{Career: careers.Career{ID: "neg"}, Score: -0.1})
	res.WhatIf = append(res.WhatIf, quiz.WhatIf{Top: awkward}, quiz.WhatIf{
		Changes: []quiz.Change{{Question: "degree", Answer: quiz.Answer{Option: awkward}}, {Question: "salary", Answer: quiz.Answer{Value: 1.5e-9}}},
		Top:     "x"})
	sameAsReference(t, "awkward values", res)
	got, err := JSONReport(res)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"changes": null`, `\u003cb\u003eR\u0026D\u003c/b\u003e`, `\ufffd\ufffd`, `\u2028\u2029`, `"score": 1e-7`, `"answer": 1.5e-9`} {
		if !bytes.Contains(got, []byte(want)) {
			t.Errorf("the JSON lacks %s", want)
		}
	}
}

// recorder keeps what WriteJSON passes on, a Write at a time, and fails the
// Write numbered failAt (from 1) when that is set.
type recorder struct {
	writes [][]byte
	failAt int
}

var errDiskFull = errors.New("no space left on device")

func (r *recorder) Write(p []byte) (int, error) {
	r.writes = append(r.writes, bytes.Clone(p))
	if len(r.writes) == r.failAt {
		return len(p) / 2, errDiskFull
	}
	return len(p), nil
}

// The report goes out in pieces of about flushAt bytes, never whole, and
// the pieces make the same document.
func TestWriteJSONStreams(t *testing.T) {
	text, err := catalogtest.Generate(1000)
	if err != nil {
		t.Fatal(err)
	}
	cat, err := careers.Parse("gen.yaml", text)
	if err != nil {
		t.Fatal(err)
	}
	res := scoreCatalog(t, cat, answerSets[0])
	var rec recorder
	if err := WriteJSON(&rec, res); err != nil {
		t.Fatal(err)
	}
	want, err := JSONReport(res)
	if err != nil {
		t.Fatal(err)
	}
	largest := 0
	for _, w := range rec.writes {
		largest = max(largest, len(w))
	}
	if got := bytes.Join(rec.writes, nil); !bytes.Equal(got, want) {
		t.Fatalf("the pieces make %d bytes, not the report's %d", len(got), len(want))
	}
	if len(rec.writes) < len(want)/(2*flushAt) || largest > 2*flushAt {
		t.Fatalf("%d bytes went out in %d writes, the largest %d bytes: not streamed in pieces of about %d",
			len(want), len(rec.writes), largest, flushAt)
	}
}

// A failed write is the error, and nothing is written after it.
func TestWriteJSONReportsWriteErrors(t *testing.T) {
	text, err := catalogtest.Generate(300)
	if err != nil {
		t.Fatal(err)
	}
	cat, err := careers.Parse("gen.yaml", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, failAt := range []int{1, 2} {
		rec := recorder{failAt: failAt}
		err := WriteJSON(&rec, scoreCatalog(t, cat, answerSets[0]))
		if !errors.Is(err, errDiskFull) || !strings.HasPrefix(err.Error(), "writing the JSON result: ") {
			t.Errorf("a failed write %d: error %v", failAt, err)
		}
		if len(rec.writes) != failAt {
			t.Errorf("write %d failed, yet there were %d writes", failAt, len(rec.writes))
		}
	}
}

// JSON has no NaN or infinity: such a number is an error, as it is for
// json.MarshalIndent, and the document is cut short before it.
func TestWriteJSONRefusesNumbersJSONCannotHold(t *testing.T) {
	cat, err := careers.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		res := scoreCatalog(t, cat, answerSets[0])
		res.Ranking[1].Score = f
		if _, err := referenceJSON(res); err == nil {
			t.Fatalf("test setup: json.MarshalIndent wrote a score of %v", f)
		}
		var rec recorder
		err := WriteJSON(&rec, res)
		if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("the number %v cannot be written in JSON", f)) {
			t.Errorf("a score of %v: error %v", f, err)
		}
		if len(rec.writes) != 0 {
			t.Errorf("a score of %v: %d writes of a document that cannot be finished", f, len(rec.writes))
		}
	}
}

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "plain", awkward, "\xed\xa0\x80", "a\u2028b", "\U0010ffff", "<>&"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
			t.Fatalf("%q: got %s, json.Marshal %s", s, got, want)
		}
	})
}

func FuzzAppendJSONFloat(f *testing.F) {
	for _, v := range []float64{0, math.Copysign(0, -1), 1, -1, 86.4, 0.1, 1e-6, 9.99e-7, 1e-7, 1e20, 1e21, -1e21, 5e-324, math.MaxFloat64} {
		f.Add(math.Float64bits(v))
	}
	f.Fuzz(func(t *testing.T, bits uint64) {
		v := math.Float64frombits(bits)
		want, wantErr := json.Marshal(v)
		got, err := appendJSONFloat(nil, v)
		if (err != nil) != (wantErr != nil) {
			t.Fatalf("%v: error %v, json.Marshal's %v", v, err, wantErr)
		}
		if err == nil && !bytes.Equal(got, want) {
			t.Fatalf("%v: got %s, json.Marshal %s", v, got, want)
		}
	})
}

// Every ASCII byte, alone and between letters, is written as json.Marshal
// writes it (htmlSafe's bit table).
func TestAppendJSONStringEveryASCIIByte(t *testing.T) {
	for b := range 128 {
		for _, s := range []string{string(rune(b)), "a" + string(rune(b)) + "z"} {
			want, err := json.Marshal(s)
			if err != nil {
				t.Fatal(err)
			}
			if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
				t.Errorf("byte %#x: got %s, json.Marshal %s", b, got, want)
			}
		}
	}
}
