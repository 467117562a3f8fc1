package careers_test

import (
	"slices"
	"strings"
	"testing"

	"careerquiz/careers"
	"careerquiz/quiz"
)

// persona is a realistic person and what the default catalog must tell
// them. The README's scoring section lists the same people.
type persona struct {
	name    string
	answers string
	first   []string // one of these must come first (or lead, when not decisive)
	notTop  []string // none of these may come first
	// decisive is whether a crowned best fit is right for so many answers.
	decisive bool
	// unknown: career → the facts it must list as unknown.
	unknown map[string][]string
	why     string
}

func personas() []persona {
	return []persona{
		{name: "the issue's bachelor with a pay goal, experience skipped",
			answers: "degree: bachelor\nsalary: 70000\npatient-contact: 1\n",
			notTop:  []string{"health-it-manager", "nursing-informatics", "health-information-management"}, decisive: true,
			unknown: map[string][]string{"health-it-manager": {"experience"}, "health-information-management": {"experience"}, "nursing-informatics": {"rn"}},
			why:     "five years of IT experience and an RN licence are unknown, so they count as not met"},
		{name: "only the degree answered",
			answers: "degree: bachelor\n", decisive: false,
			notTop: []string{"health-it-manager", "nursing-informatics"},
			why:    "one answer cannot separate seven careers: no crowned winner"},
		{name: "the issue's bachelor who never mentioned nursing",
			answers: "management: 3\ndegree: bachelor\nsalary: 75000\nexperience: none\ntechnology: 4\ncertification: 4\n",
			notTop:  []string{"nursing-informatics", "health-it-manager"}, decisive: true,
			unknown: map[string][]string{"nursing-informatics": {"rn"}},
			why:     "a bachelor's in anything is not a nursing degree"},
		{name: "a high-school graduate aiming at a 2-year degree and $45k",
			answers: "degree: associate\nsalary: 45000\nexperience: none\nrn: \"no\"\nmanagement: 2\ndata-vs-people: 2\ntechnology: 4\ncompliance: 4\npatient-contact: 1\n",
			first:   []string{"health-informatics", "medical-records-specialist", "cancer-registrar"},
			notTop:  []string{"health-information-management", "health-it-manager", "nursing-informatics", "health-systems-analyst"}, decisive: true,
			why: "the associate's-level records careers are the ones open in two years"},
		{name: "an RN who likes technology",
			answers: "rn: \"yes\"\nexperience: some\ndegree: bachelor\ntechnology: 5\npatient-contact: 3\nmanagement: 3\nsalary: 75000\ndata-vs-people: 3\ncompliance: 3\nsetting: hospital\n",
			first:   []string{"nursing-informatics"}, decisive: true,
			why: "nursing informatics is the nurse's own route into clinical systems"},
		{name: "a manager with a master's aiming at $120k",
			answers: "management: 5\ndegree: master\nexperience: five-plus\nsalary: 120000\nrn: \"no\"\ndata-vs-people: 4\n",
			first:   []string{"health-information-management", "health-it-manager"},
			notTop:  []string{"medical-records-specialist", "cancer-registrar", "health-informatics"}, decisive: false,
			why: "a leader with the education, the experience and the pay goal of a director: HIM and health IT management tie until technology or rules separate them"},
		{name: "a remote-minded coder aiming at $95k",
			answers: "setting: remote\nsalary: 95000\ndegree: certificate\ndata-vs-people: 1\nmanagement: 1\nexperience: some\nrn: \"no\"\n",
			first:   []string{"medical-records-specialist"},
			notTop:  []string{"health-it-manager", "nursing-informatics"}, decisive: true,
			why: "only coding is open on a certificate and works remotely, even if it falls short of the pay goal"},
		{name: "someone avoiding patients, on a certificate",
			answers: "degree: certificate\npatient-contact: 1\nrn: \"no\"\ndata-vs-people: 1\n",
			first:   []string{"medical-records-specialist"}, notTop: []string{"nursing-informatics"}, decisive: true,
			why: "a certificate opens coding, which keeps away from patients"},
		{name: "seven years in hospital IT wanting to lead",
			answers: "experience: five-plus\nmanagement: 5\ntechnology: 5\nsetting: hospital\ndegree: bachelor\nsalary: 130000\nrn: \"no\"\n",
			first:   []string{"health-it-manager"}, decisive: true,
			why: "the experience a director of information systems needs, and the wish to lead IT"},
		{name: "a leader with a master's, years of experience and a high goal",
			answers: "management: 5\ndegree: master\nexperience: five-plus\nsalary: 150000\n",
			first:   []string{"health-it-manager", "health-information-management"}, decisive: true,
			why: "issue 2's leader still gets a management career"},
		{name: "no management, an associate's and about $40k",
			answers: "management: 1\ndegree: associate\nsalary: 40000\n",
			first:   []string{"health-informatics", "medical-records-specialist", "cancer-registrar"},
			notTop:  []string{"health-information-management", "health-it-manager", "nursing-informatics"}, decisive: false,
			why: "issue 2's records person: the records careers lead, and tie until more is answered"},
		{name: "a detail-minded records person with a bachelor's",
			answers: "degree: bachelor\ncompliance: 5\ncertification: 5\npatient-contact: 1\nmanagement: 1\ndata-vs-people: 1\nexperience: none\nrn: \"no\"\n",
			first:   []string{"cancer-registrar"}, notTop: []string{"health-information-management", "health-it-manager"}, decisive: true,
			why: "registry work is the most rule-bound data work, with its own exam"},
		{name: "someone training as a nurse who wants systems more than the bedside",
			answers: "rn: planning\ndegree: bachelor\ntechnology: 4\npatient-contact: 2\ndata-vs-people: 3\nmanagement: 3\nexperience: none\n",
			first:   []string{"nursing-informatics"}, decisive: true,
			why: "planning to be a nurse opens the nursing routes"},
		{name: "a would-be manager who skipped experience",
			answers:  "management: 5\ndegree: master\nsalary: 120000\ntechnology: 5\n",
			notTop:   []string{"health-it-manager"},
			unknown:  map[string][]string{"health-it-manager": {"experience"}},
			decisive: false,
			why:      "five years of experience unsaid is not five years of experience; the leader needs some, so it is not crowned"},
	}
}

func TestPersonas(t *testing.T) {
	cat, err := careers.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range personas() {
		t.Run(p.name, func(t *testing.T) {
			a, err := quiz.ParseAnswers("persona.yaml", []byte(p.answers), cat)
			if err != nil {
				t.Fatal(err)
			}
			r := quiz.Score(cat, a)
			top := r.Top().Career.ID
			var order []string
			for _, k := range r.Ranking {
				order = append(order, k.Career.ID)
			}
			if p.first != nil && !slices.Contains(p.first, top) {
				t.Errorf("%s first, want one of %v (%s); ranking %v", top, p.first, p.why, order)
			}
			if slices.Contains(p.notTop, top) {
				t.Errorf("%s first, which must not be (%s); ranking %v", top, p.why, order)
			}
			if r.Decisive != p.decisive {
				t.Errorf("decisive %v, want %v: %s", r.Decisive, p.decisive, r.Notice)
			}
			for id, want := range p.unknown {
				for _, k := range r.Ranking {
					if k.Career.ID == id && !slices.Equal(k.Unknown, want) {
						t.Errorf("%s: unknown %v, want %v", id, k.Unknown, want)
					}
					if k.Career.ID == id && !strings.Contains(r.UnknownText(k), "you didn't say") {
						t.Errorf("%s: unknown text %q", id, r.UnknownText(k))
					}
				}
			}
		})
	}
}

// Every career comes first for the answers that describe it: its own
// levels, its entry education, its median pay, its outlook, its first
// setting. Only the catalog's sourced values are used.
func TestEveryCareerCanWin(t *testing.T) {
	cat, err := careers.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range cat.Careers {
		r := quiz.Score(cat, idealAnswers(cat, k))
		if top := r.Top().Career.ID; top != k.ID || !r.Decisive {
			t.Errorf("%s: its own profile puts %s first (decisive %v): %s", k.ID, top, r.Decisive, r.Notice)
		}
	}
}

func idealAnswers(cat *careers.Catalog, k careers.Career) quiz.Answers {
	a := quiz.Answers{}
	for _, q := range cat.Questions {
		switch q.Trait.ID {
		case careers.TraitEducation:
			lowest := k.Education.Routes[0].Level
			for _, r := range k.Education.Routes {
				if careers.EducationRank(r.Level) < careers.EducationRank(lowest) {
					lowest = r.Level
				}
			}
			for _, o := range q.Options {
				if o.Education == lowest {
					a[q.ID] = quiz.Answer{Option: o.ID}
				}
			}
		case careers.TraitPay:
			a[q.ID] = quiz.Answer{Value: k.Pay.Median}
		case careers.TraitOutlook:
			a[q.ID] = quiz.Answer{Value: float64(careers.OutlookLevel(k.Outlook.Descriptor))}
		case careers.TraitSettings:
			a[q.ID] = quiz.Answer{Option: k.Settings[0].ID}
		default:
			lvl := k.Traits[q.Trait.ID].Level
			if q.Kind == careers.Scale {
				a[q.ID] = quiz.Answer{Value: lvl}
				continue
			}
			for _, o := range q.Options {
				if o.Value == lvl {
					a[q.ID] = quiz.Answer{Option: o.ID}
				}
			}
		}
	}
	return a
}
