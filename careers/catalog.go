// Package careers holds the career catalog: its schema (questions and
// careers), loading and validation, and the embedded default catalog.
// It imports no terminal UI code.
package careers

// Pos is a 1-based line and column in the catalog file, kept so problems
// found after decoding can still point at the right place.
type Pos struct {
	Line int
	Col  int
}

// Catalog is a set of quiz questions and the careers they score.
type Catalog struct {
	Title string
	// Note is the caveat shown wherever figures are compared (medians cover
	// every level of experience and come from different years).
	Note string
	// Currency is the symbol amounts are written with: "$" unless the
	// catalog gives another ("€", "£", "¥"). Every number question's
	// Range carries it too.
	Currency  string
	Sources   []Source
	Questions []Question
	Careers   []Career

	// Text is the catalog as written, comments included.
	Text []byte
	// File is the file it was read from by Load; "" for the built-in one.
	File string

	// levels[trait] is every career's level on each trait of its own that a
	// question asks about, in career order (indexLevels).
	levels map[string][]float64
}

// Symbol is the currency symbol the catalog's amounts are written with:
// "$" unless it names another.
func (c *Catalog) Symbol() string {
	if c == nil || c.Currency == "" {
		return "$"
	}
	return c.Currency
}

// TraitLevels returns every career's level on a trait of its own (not a
// built-in one), in career order, 0 where a career has none: what scoring
// reads for each career. It is worked out once when the catalog is read;
// the slice is shared, so do not change it. A catalog whose careers were
// replaced after it was read (a copy with other careers) has them worked
// out again on each call; one whose careers' traits were changed in place
// must be read again.
func (c *Catalog) TraitLevels(trait string) []float64 {
	if l, ok := c.levels[trait]; ok && len(l) == len(c.Careers) {
		return l
	}
	return c.traitLevels(trait)
}

func (c *Catalog) traitLevels(trait string) []float64 {
	out := make([]float64, len(c.Careers))
	for i := range c.Careers {
		out[i] = c.Careers[i].Traits[trait].Level
	}
	return out
}

// indexLevels works out TraitLevels for every trait a question asks about.
func (c *Catalog) indexLevels() {
	c.levels = map[string][]float64{}
	for _, q := range c.Questions {
		if _, builtin := BuiltinTrait(q.Trait.ID); !builtin && c.levels[q.Trait.ID] == nil {
			c.levels[q.Trait.ID] = c.traitLevels(q.Trait.ID)
		}
	}
}

// Source is where facts come from. Short is what stands next to a figure
// ("BLS OOH"); Name and URL are for the reader who wants to check. URL is
// empty only for a source that is not on the web (a printed article).
// AsOf dates the source ("May 2023 data", "about 2014"): it stands beside
// Short where a fact has no date of its own (a figure has its own).
type Source struct {
	Pos   Pos
	ID    string
	Short string
	Name  string
	URL   string
	AsOf  string
}

// Ref is a reference to another entry by id, with the reference's position.
type Ref struct {
	Pos Pos
	ID  string
}

// Kind is how a question is answered.
type Kind string

const (
	Scale  Kind = "scale"  // a whole number in a range, usually 1-5
	Choice Kind = "choice" // one of a few options
	Number Kind = "number" // an amount, such as a yearly salary
)

// Fit is how a question's answer is compared with a career's value.
type Fit string

const (
	// Closeness: the nearer the career's level to the answer, the better.
	Closeness Fit = "closeness"
	// Limit: the answer is the most the person will take on (a degree, exams);
	// the career fits while its need is within it and falls steeply past it.
	Limit Fit = "limit"
	// Goal: the answer is the least the person wants (pay, growth); the career
	// fits when it meets it and falls with the gap.
	Goal Fit = "goal"
	// Member: the answer is one of the career's listed settings.
	Member Fit = "member"
)

// Built-in traits read a career's own facts instead of its traits map.
const (
	TraitEducation = "education" // a choice question; options name an education level
	TraitPay       = "pay"       // a number question; compared with pay.median
	TraitOutlook   = "outlook"   // a scale question; compared with the outlook descriptor's level
	TraitSettings  = "settings"  // a choice question; options are the careers' setting tags
)

// Question is one quiz item and how its answer maps onto careers.
type Question struct {
	Pos    Pos
	ID     string
	Topic  string // a few words: "Managing people"
	Prompt string
	Why    string // one line: why we ask
	Kind   Kind
	Scale  ScaleRange // Kind == Scale
	Range  Range      // Kind == Number
	// Options for a choice question, in display order.
	Options []Option
	Weight  float64
	Trait   Ref
	Fit     Fit
	// Fact marks a question about the person (experience, a licence) rather
	// than a preference: unanswered, it is unknown, never "no preference",
	// and a career that depends on it says so.
	Fact bool
}

// ScaleRange is a scale question's whole-number range and its end labels.
type ScaleRange struct {
	Min, Max  int
	Low, High string
}

// Range is a number question's allowed amounts.
type Range struct {
	Min, Max float64
	Unit     string
	Currency string // the catalog's, set when it is read ("" reads as "$")
}

// Symbol is the currency symbol of the range's amounts: "$" unless the
// catalog names another.
func (r Range) Symbol() string {
	if r.Currency == "" {
		return "$"
	}
	return r.Currency
}

// Option is one answer to a choice question. Value places it on the trait's
// scale; Education names a level for the education trait.
type Option struct {
	Pos       Pos
	ID        string
	Label     string
	Value     float64
	HasValue  bool
	Education string
	// Pay names the pay figure a salary goal is compared with for people who
	// give this answer to a fact question: a percentile of the career's pay
	// range (PayP10…PayP90), so an entrant is compared with what entrants earn.
	Pay string

	educationPos Pos // where Education was read, for a problem with it
}

// Career is one career profile, under the seed article's four headings plus
// the values scoring needs.
type Career struct {
	Pos     Pos
	ID      string
	Title   string
	Summary string

	Education Education
	// Duties and Workplaces: "Job duties & location".
	Duties     []string
	Workplaces []string
	Settings   []Ref
	Skills     []string

	Pay     *Pay
	Outlook *Outlook
	// History holds older figures kept for context (the seed article's), never
	// used for scoring.
	History []Fact

	Prerequisites []Prerequisite
	NextSteps     []string
	Traits        map[string]Trait
	// TraitOrder keeps the traits in the order written, for stable output.
	TraitOrder []string
}

// Education is how people enter the career.
type Education struct {
	Routes         []Route
	Certifications []Certification
	Source         Ref
}

// Route is one way in: an education level in a field, its typical length
// and credits, and the facts about the person it needs.
type Route struct {
	Pos   Pos
	Level string // an EducationLevels name
	Field string // "nursing", "health information": what the degree is in ("" for any)
	Name  string
	Years float64
	// Credits is 0 when not known; CreditUnit is "quarter" or "semester"
	// ("" when not said) and CreditSource where the count comes from.
	Credits      int
	CreditUnit   string
	CreditSource Ref
	// Requires lists fact questions and the answers that open this route
	// (a nursing degree needs someone who is or will train as a nurse).
	Requires []Requirement
}

// Requirement is a fact a route needs: the answer to Question is one of
// Options.
type Requirement struct {
	Question Ref
	Options  []string
}

// Certification is a credential, who grants it and what it asks.
type Certification struct {
	Name    string
	Grantor string
	Note    string
}

// Pay is a median yearly wage with its date and source, and where a source
// gives it, the spread of pay around it.
type Pay struct {
	Pos        Pos
	Median     float64
	Year       int
	AsOf       string // "May 2022"
	Occupation string // the occupation as the source names it
	Source     Ref
	Range      *PayRange
}

// The pay figures a fact answer may name (Option.Pay).
const (
	PayP10    = "p10"
	PayP25    = "p25"
	PayMedian = "median"
	PayP75    = "p75"
	PayP90    = "p90"
)

// PayFigures lists the pay figure names, lowest first.
func PayFigures() []string { return []string{PayP10, PayP25, PayMedian, PayP75, PayP90} }

// PayRange is a percentile spread of yearly pay (BLS OEWS estimates), with
// its own date and source: it may be of another year than the median.
type PayRange struct {
	Pos                        Pos
	P10, P25, Median, P75, P90 float64
	Year                       int
	AsOf                       string
	Source                     Ref
}

// Percentile returns the figure of that name (PayP10…PayP90).
func (r PayRange) Percentile(name string) float64 {
	switch name {
	case PayP10:
		return r.P10
	case PayP25:
		return r.P25
	case PayMedian:
		return r.Median
	case PayP75:
		return r.P75
	case PayP90:
		return r.P90
	}
	return 0
}

// Outlook is a projected growth figure with its decade and source.
type Outlook struct {
	Pos        Pos
	Growth     float64 // percent over the decade
	Decade     string  // "2022-32"
	Descriptor string  // the source's own words: "much faster than average"
	Source     Ref
}

// Fact is a dated, sourced statement shown as context.
type Fact struct {
	Pos    Pos
	Text   string
	Year   int
	Source Ref
}

// Prerequisite gates a career: when the person's answer on Trait is below
// Needs, the career's score is capped at Cap, for the stated reason.
type Prerequisite struct {
	Pos  Pos
	Text string
	// Short is the few words shown beside a score when the fact is unknown:
	// "needs 5+ years of IT experience". Text stands in when it is empty.
	Short  string
	Trait  Ref
	Needs  float64
	Cap    float64
	Source Ref

	valid bool // Needs was read: only then is its range checked
}

// Trait is a career's level on one dimension a question asks about, with the
// fact it rests on.
type Trait struct {
	Pos    Pos
	Level  float64
	Basis  string
	Source Ref

	valid    bool // Level was read: only then is its range checked
	levelPos Pos  // where Level was read, for a level out of range
}
