package report

import (
	"encoding/json"
	"fmt"

	"careerquiz/quiz"
)

// The JSON report as it was before it was streamed (commit eb85a55): kept
// here as the reference the streamed writer is compared with.

type jsonResult struct {
	Schema    int            `json:"schema"`
	Catalog   string         `json:"catalog"`
	Caveat    string         `json:"caveat"`
	Answers   map[string]any `json:"answers"`
	Answered  int            `json:"answered"`
	Questions int            `json:"questions"`
	Decisive  bool           `json:"decisive"`
	Notice    string         `json:"notice"`
	Leading   []string       `json:"leading"`
	AskNext   []string       `json:"ask_next"`
	Ranking   []jsonRanked   `json:"ranking"`
	WhatIf    []jsonWhatIf   `json:"what_if"`
}

type jsonRanked struct {
	ID      string       `json:"id"`
	Title   string       `json:"title"`
	Score   float64      `json:"score"`
	Unknown []string     `json:"unknown"`
	Reasons []jsonReason `json:"reasons"`
}

type jsonReason struct {
	Question string  `json:"question"`
	Text     string  `json:"text"`
	Points   float64 `json:"points"`
	Max      float64 `json:"max"`
	Cap      bool    `json:"cap,omitempty"`
}

type jsonWhatIf struct {
	Changes []jsonChange `json:"changes"`
	Top     string       `json:"top"`
}

type jsonChange struct {
	Question string `json:"question"`
	Answer   any    `json:"answer"`
	From     any    `json:"from"`
}

// referenceJSON is the JSON report as it was first written: the structure
// below, given to json.MarshalIndent. The streamed report must match it
// byte for byte.
func referenceJSON(res quiz.Result) ([]byte, error) {
	out := jsonResult{
		Schema:    SchemaVersion,
		Catalog:   res.Catalog.Title,
		Caveat:    res.Catalog.Note,
		Answers:   map[string]any{},
		Answered:  res.Answered,
		Questions: res.Questions,
		Decisive:  res.Decisive,
		Notice:    res.Notice,
		Leading:   append([]string{}, res.Leading...),
		AskNext:   append([]string{}, res.AskNext...),
		Ranking:   []jsonRanked{},
		WhatIf:    []jsonWhatIf{},
	}
	for id, a := range res.Answers {
		q, _ := res.Catalog.Question(id)
		out.Answers[id] = answerValue(q, a)
	}
	for _, r := range res.Ranking {
		jr := jsonRanked{ID: r.Career.ID, Title: r.Career.Title, Score: r.Score, Unknown: append([]string{}, r.Unknown...), Reasons: []jsonReason{}}
		for _, re := range r.Reasons() {
			jr.Reasons = append(jr.Reasons, jsonReason{Question: re.Question, Text: re.Text, Points: re.Points, Max: re.Max, Cap: re.Cap})
		}
		out.Ranking = append(out.Ranking, jr)
	}
	for _, w := range res.WhatIf {
		jw := jsonWhatIf{Top: w.Top}
		for _, c := range w.Changes {
			q, _ := res.Catalog.Question(c.Question)
			jw.Changes = append(jw.Changes, jsonChange{Question: c.Question, Answer: answerValue(q, c.Answer), From: answerValue(q, c.From)})
		}
		out.WhatIf = append(out.WhatIf, jw)
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("writing the JSON result: %w", err)
	}
	return append(data, '\n'), nil
}
