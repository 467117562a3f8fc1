// Package catalogtest generates large, valid catalogs for benchmarks and for
// trying the app at scale: the built-in catalog's questions with n generated
// careers whose traits, routes, prerequisites and pay vary, so the ranking
// and the what-if search do real work.
//
// The text shares every long part (trait bases, routes, duties, pay ranges)
// through YAML anchors, defined where first used, so 10,000 careers fit the
// catalog size cap and stay within the loader's alias budget. The output is
// the same for the same n: a benchmark measures the same catalog each run.
//
// Write one to a file with
//
//	go run ./internal/catalogtest/cmd/gen -n 10000 > /tmp/big.yaml
package catalogtest

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"

	"careerquiz/careers"
)

// Generate returns a catalog of the built-in catalog's title, note, sources
// and questions with n generated careers (ids gen-00001…), as YAML.
func Generate(n int) ([]byte, error) {
	if n < 1 {
		return nil, fmt.Errorf("generating a catalog: %d careers; it needs at least 1", n)
	}
	def, err := careers.Default()
	if err != nil {
		return nil, fmt.Errorf("generating a catalog: %w", err)
	}
	head, _, found := bytes.Cut(def.Text, []byte("\ncareers:\n"))
	if !found {
		return nil, fmt.Errorf("generating a catalog: the built-in catalog has no careers: line")
	}
	var b bytes.Buffer
	b.Grow(len(head) + n*420)
	b.Write(head)
	fmt.Fprintf(&b, "\n\n# %d generated careers (internal/catalogtest): shared text is written once, with an anchor (&name), and reused (*name).\ncareers:\n", n)
	g := gen{w: &b, rng: rand.New(rand.NewPCG(uint64(n), 9)), defined: map[string]bool{}}
	for i := 1; i <= n; i++ {
		g.career(i)
	}
	return b.Bytes(), nil
}

// gen writes careers, defining each shared part where it is first used.
type gen struct {
	w       *bytes.Buffer
	rng     *rand.Rand
	defined map[string]bool
}

// ref writes *name, or &name and the text (made by text) the first time.
func (g *gen) ref(name string, text func() string) {
	if g.defined[name] {
		g.w.WriteString("*" + name)
		return
	}
	g.defined[name] = true
	g.w.WriteString("&" + name + " " + text())
}

// pick is one of the texts, by a random index, with its anchor name.
func (g *gen) pick(prefix string, texts []string) {
	i := g.rng.IntN(len(texts))
	g.ref(prefix+strconv.Itoa(i), func() string { return texts[i] })
}

func (g *gen) career(i int) {
	w, r := g.w, g.rng
	fmt.Fprintf(w, "  - {id: gen-%05d, title: Generated career %d, summary: ", i, i) // the id sorts as the order written
	g.pick("s", summaries)
	w.WriteString(", education: ")
	edu := r.IntN(len(educations))
	g.ref("e"+strconv.Itoa(edu), func() string { return educations[edu] })
	w.WriteString(", duties: ")
	g.pick("d", duties)
	w.WriteString(", workplaces: ")
	g.pick("w", workplaces)
	w.WriteString(", settings: ")
	g.pick("g", settings)
	w.WriteString(", skills: ")
	g.pick("k", skills)
	fmt.Fprintf(w, ", pay: {median: %d, year: %d, source: ", 30000+10*r.IntN(16000), 2018+r.IntN(6))
	g.ref("P", func() string { return "bls-ooh-29-9021" })
	if r.IntN(3) > 0 { // a third have no official range, as in the built-in catalog
		w.WriteString(", range: ")
		g.pick("r", ranges)
	}
	w.WriteString("}, outlook: ")
	g.pick("o", outlooks)
	w.WriteString(", next_steps: ")
	g.pick("n", nextSteps)
	// Prerequisites are rarer, and the nursing ones follow nursing routes.
	switch {
	case strings.Contains(educations[edu], "rn:"):
		w.WriteString(", prerequisites: ")
		g.ref("q2", func() string { return prerequisites[2] })
	case r.IntN(4) == 0:
		w.WriteString(", prerequisites: ")
		g.pick("q", prerequisites[:2])
	}
	w.WriteString(", traits: {")
	for ti, t := range traits {
		if ti > 0 {
			w.WriteString(", ")
		}
		level := t.levels[r.IntN(len(t.levels))]
		w.WriteString(t.id + ": ")
		g.ref("t"+strconv.Itoa(ti)+strconv.Itoa(level), func() string {
			return fmt.Sprintf("{level: %d, basis: %q, source: bls-ooh-29-9021}", level, t.basis[level])
		})
	}
	w.WriteString("}}\n")
}

// trait is a trait the built-in questions ask about: its possible levels and
// a basis for each.
type trait struct {
	id     string
	levels []int
	basis  map[int]string
}

func scaleBasis(what string) map[int]string {
	words := []string{"", "hardly any", "a little", "some", "a good deal of", "a great deal of"}
	m := map[int]string{}
	for l := 1; l <= 5; l++ {
		m[l] = fmt.Sprintf("involves %s %s, in a generated profile", words[l], what)
	}
	return m
}

var traits = []trait{
	{"management", []int{1, 2, 3, 4, 5}, scaleBasis("supervising people and budgets")},
	{"data-vs-people", []int{1, 2, 3, 4, 5}, scaleBasis("work with people rather than records")},
	{"technology", []int{1, 2, 3, 4, 5}, scaleBasis("software and systems")},
	{"compliance", []int{1, 2, 3, 4, 5}, scaleBasis("rules, audits and privacy law")},
	{"patient-contact", []int{1, 2, 3, 4, 5}, scaleBasis("direct patient contact")},
	{"certification", []int{1, 2, 3, 4, 5}, scaleBasis("certification exams")},
	{"experience", []int{0, 1, 5}, map[int]string{0: "is an entry-level job", 1: "asks for some related work experience", 5: "asks for 5 years or more of related work experience"}},
	{"rn", []int{0, 1, 2}, map[int]string{0: "needs no nursing licence", 1: "needs an RN licence, or training for one", 2: "needs an RN licence and practice as a nurse"}},
}

var educations = []string{
	`{routes: [{level: certificate, field: medical coding, name: "Postsecondary certificate in medical coding", years: 1}], source: bls-ooh-29-2072}`,
	`{routes: [{level: associate, field: health information, name: "Associate's degree in health information technology", years: 2, credits: 90, credits_unit: quarter, credits_source: seed-article}], source: bls-ooh-29-9021}`,
	`{routes: [{level: certificate, name: "A one-year certificate", years: 1}, {level: associate, field: health information, name: "Associate's degree in health information", years: 2}], source: bls-ooh-29-2072}`,
	`{routes: [{level: bachelor, field: computing, name: "Bachelor's degree in a computer or information science field", years: 4}], source: bls-ooh-15-1211}`,
	`{routes: [{level: bachelor, field: health information management, name: "Bachelor's degree in health information management", years: 4}, {level: master, field: health information management, name: "Master's degree in HIM", years: 6}], source: bls-ooh-11-9111}`,
	`{routes: [{level: master, field: health informatics, name: "Master's degree in health informatics", years: 6}], source: bls-ooh-11-9111}`,
	`{routes: [{level: associate, field: nursing, name: "Associate's degree in nursing (ADN), then the NCLEX-RN", years: 2, requires: {rn: ["yes", planning]}}, {level: bachelor, field: nursing, name: "Bachelor of Science in Nursing (BSN), then the NCLEX-RN", years: 4, requires: {rn: ["yes", planning]}}], source: bls-ooh-29-1141}`,
	`{routes: [{level: bachelor, field: nursing, name: "Bachelor of Science in Nursing (BSN), then the NCLEX-RN", years: 4, requires: {rn: ["yes"]}}], source: bls-ooh-29-1141}`,
	`{routes: [{level: none, name: "On-the-job training", years: 0}], source: bls-ooh-29-2072}`,
}

var prerequisites = []string{
	`[{text: "usually needs some work experience in a health care setting", short: "needs some work experience in health care", trait: experience, needs: 1, cap: 75, source: bls-ooh-11-9111}]`,
	`[{text: "needs 5 years or more of related work experience, usually in IT", short: "needs 5+ years of IT experience", trait: experience, needs: 5, cap: 50, source: bls-ooh-11-3021}]`,
	`[{text: "needs a registered-nurse licence, or training for one", short: "needs to be or train as a registered nurse", trait: rn, needs: 1, cap: 30, source: bls-ooh-29-1141}]`,
}

var summaries = []string{
	`"Organizes and analyzes patient records and clinical data with IT."`,
	`"Runs a department's budget, staff and compliance with privacy law."`,
	`"Codes patient records for billing and data; some work remotely."`,
	`"Designs and improves a health organization's computer systems."`,
	`"Works with clinical systems after years of patient care."`,
	`"Reports cases to registries and keeps their data complete."`,
}

var duties = []string{
	`[Review records for accuracy, Assign codes for diagnoses and procedures, Keep records confidential]`,
	`[Plan budgets and schedules, Supervise a team, Ensure privacy laws are followed]`,
	`[Study current systems, Design new systems with users, Test and install systems]`,
	`[Work with nurses on clinical records, Teach staff new systems, Turn data into better care]`,
	`[Report cases to registries, Check data quality, Answer data requests]`,
}

var workplaces = []string{
	`[Hospitals and clinics]`,
	`[Physician offices, Insurance companies]`,
	`[Hospitals, Consulting firms, Some work remotely]`,
	`[Government agencies, Registries]`,
}

var settings = []string{
	`[hospital]`, `[office]`, `[remote]`, `[hospital, office]`, `[hospital, remote]`, `[office, remote]`, `[hospital, office, remote]`,
}

var skills = []string{
	`[Attention to detail, Medical terminology]`,
	`[Leadership, Budgeting, Communication]`,
	`[Analysis, Knowledge of information systems]`,
	`[Clinical knowledge, Teaching]`,
}

var nextSteps = []string{
	`[Take an accredited programme, Sit the certification exam]`,
	`[Complete a bachelor's degree, Gain experience in a health information department]`,
	`[Work in IT for some years, Consider a graduate degree]`,
}

var ranges = []string{
	`{p10: 29680, p25: 37500, median: 55560, p75: 76960, p90: 98490, year: 2021, as_of: May 2021, source: bls-oews-29-9021}`,
	`{p10: 58820, p25: 76770, median: 100980, p75: 133520, p90: 189000, year: 2019, as_of: May 2019, source: bls-oews-11-9111}`,
	`{p10: 52080, p25: 60110, median: 73300, p75: 90760, p90: 111220, year: 2019, as_of: May 2019, source: bls-oews-29-1141}`,
	`{p10: 35000, p25: 45000, median: 60000, p75: 80000, p90: 105000, year: 2021, source: bls-oews-29-9021}`,
	`{p10: 70000, p25: 90000, median: 120000, p75: 150000, p90: 200000, year: 2019, source: bls-oews-11-9111}`,
	`{p10: 25000, p25: 31000, median: 40000, p75: 52000, p90: 66000, year: 2021, source: bls-oews-29-9021}`,
}

var outlooks = []string{
	`{growth: -3, decade: 2022-32, descriptor: decline, source: bls-ooh-29-9021}`,
	`{growth: 1, decade: 2022-32, descriptor: little or no change, source: bls-ooh-29-9021}`,
	`{growth: 2, decade: 2019-29, descriptor: slower than average, source: bls-ooh-29-2072}`,
	`{growth: 4, decade: 2022-32, descriptor: as fast as average, source: bls-ooh-11-3021}`,
	`{growth: 6, decade: 2022-32, descriptor: faster than average, source: bls-ooh-29-1141}`,
	`{growth: 9, decade: 2018-28, descriptor: faster than average, source: bls-ooh-15-1211}`,
	`{growth: 16, decade: 2022-32, descriptor: much faster than average, source: bls-ooh-29-9021}`,
	`{growth: 29, decade: 2023-33, descriptor: much faster than average, source: bls-ooh-11-9111}`,
}
