package quiz

import (
	"os"
	"strings"
	"testing"

	"careerquiz/careers"
)

// The compact comparison's "Works in" names each setting as the question
// offers it, without the examples after a colon, which need not all be
// the career's own ("An office: physician office, insurer, consulting
// firm" is "An office").
func TestGlanceWorksInDropsTheExamples(t *testing.T) {
	cat := defaultCatalog(t)
	res := Score(cat, Answers{})
	var ks []careers.Career
	for _, id := range []string{"health-informatics", "medical-records-specialist"} {
		ks = append(ks, ranked(t, res, id).Career)
	}
	for _, r := range Glance(res, ks) {
		if r.Label != "Works in" {
			continue
		}
		for i, c := range r.Cells {
			if c != "A hospital or clinic; An office" {
				t.Errorf("%s works in %q", ks[i].ID, c)
			}
		}
		return
	}
	t.Fatal("no Works in row")
}

// worksIn is the "Works in" cell of health-informatics in the built-in
// catalog with its hospital label changed to label.
func worksIn(t *testing.T, label string) string {
	t.Helper()
	data, err := os.ReadFile("../careers/default.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(data), `label: "A hospital or clinic"`, `label: "`+label+`"`, 1)
	cat, err := careers.Parse("edited.yaml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	res := Score(cat, Answers{})
	k := ranked(t, res, "health-informatics").Career
	for _, r := range Glance(res, []careers.Career{k}) {
		if r.Label == "Works in" {
			return r.Cells[0]
		}
	}
	t.Fatal("no Works in row")
	return ""
}

// Labels that would read alike without their examples are kept whole:
// "On your feet: building sites" and "On your feet: a factory" are not
// both "On your feet".
func TestGlanceWorksInKeepsLabelsApart(t *testing.T) {
	if got := worksIn(t, "An office: a hospital or clinic"); got != "An office: a hospital or clinic; An office: physician office, insurer, consulting firm" {
		t.Errorf("works in %q", got)
	}
}

// Chinese and Japanese write the colon full width, with no space after
// it: "办公室：保险公司、咨询公司" is "办公室" in "Works in", as
// "An office: insurer" is "An office".
func TestGlanceWorksInDropsExamplesAfterAFullWidthColon(t *testing.T) {
	if got := worksIn(t, "医院：门诊部、住院部"); got != "医院; An office" {
		t.Errorf("works in %q", got)
	}
}
