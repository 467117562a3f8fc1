package report

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"slices"

	"careerquiz/careers"
	"careerquiz/quiz"
)

// SchemaVersion is the JSON result's "schema": it changes only when a field
// changes meaning or goes away.
const SchemaVersion = 1

// JSONReport is the result as the JSON contract of design.md, in memory.
func JSONReport(res quiz.Result) ([]byte, error) {
	var b bytes.Buffer
	if err := WriteJSON(&b, res); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// WriteJSON writes the result as the JSON contract of design.md to w, a
// career at a time: a catalog of 10,000 careers makes some 33 MB, which is
// never held whole. The bytes are those json.MarshalIndent(v, "", "  ")
// wrote for the report's structure (see json_reference_test.go), ending in
// a newline. On an error, what was written before it stays written: write
// to a file atomically (internal/atomicfile) where that matters.
func WriteJSON(w io.Writer, res quiz.Result) error {
	j := newJSONWriter(w)
	j.raw("{")
	j.key(1, true, "schema")
	j.int(SchemaVersion)
	j.key(1, false, "catalog")
	j.str(res.Catalog.Title)
	j.key(1, false, "caveat")
	j.str(res.Catalog.Note)
	j.key(1, false, "answers")
	writeAnswers(j, res)
	j.key(1, false, "answered")
	j.int(res.Answered)
	j.key(1, false, "questions")
	j.int(res.Questions)
	j.key(1, false, "decisive")
	j.bool(res.Decisive)
	j.key(1, false, "notice")
	j.str(res.Notice)
	j.key(1, false, "leading")
	j.strings(1, res.Leading)
	j.key(1, false, "ask_next")
	j.strings(1, res.AskNext)
	j.key(1, false, "ranking")
	writeRanking(j, res.Ranking)
	j.key(1, false, "what_if")
	writeWhatIfs(j, res)
	j.raw("\n}\n")
	j.flush()
	if j.err != nil {
		return fmt.Errorf("writing the JSON result: %w", j.err)
	}
	return nil
}

// writeAnswers writes the answers as an object, its keys sorted (as
// json.Marshal sorts a map's).
func writeAnswers(j *jsonWriter, res quiz.Result) {
	if len(res.Answers) == 0 {
		j.raw("{}")
		return
	}
	j.raw("{")
	for i, id := range slices.Sorted(maps.Keys(res.Answers)) {
		q, _ := res.Catalog.Question(id) // every answer's question is in the catalog (quiz.ParseAnswers)
		j.key(2, i == 0, id)
		j.value(answerValue(q, res.Answers[id]))
	}
	j.newline(1)
	j.raw("}")
}

// writeCareer writes one career of the ranking at depth 2, with its
// reasons.
func writeCareer(j *jsonWriter, r quiz.Ranked) {
	j.raw("{")
	j.key(3, true, "id")
	j.str(r.Career.ID)
	j.key(3, false, "title")
	j.str(r.Career.Title)
	j.key(3, false, "score")
	j.float(r.Score)
	j.key(3, false, "unknown")
	j.strings(3, r.Unknown)
	j.key(3, false, "reasons")
	reasons := r.Reasons()
	if len(reasons) == 0 {
		j.raw("[]")
	} else {
		j.raw("[")
		for i, re := range reasons {
			j.item(4, i == 0)
			writeReason(j, re)
		}
		j.newline(3)
		j.raw("]")
	}
	j.newline(2)
	j.raw("}")
}

// writeReason writes one reason at depth 4; "cap" only when it is one.
func writeReason(j *jsonWriter, re quiz.Reason) {
	j.raw("{")
	j.key(5, true, "question")
	j.str(re.Question)
	j.key(5, false, "text")
	j.str(re.Text)
	j.key(5, false, "points")
	j.float(re.Points)
	j.key(5, false, "max")
	j.float(re.Max)
	if re.Cap {
		j.key(5, false, "cap")
		j.bool(true)
	}
	j.newline(4)
	j.raw("}")
}

// writeWhatIfs writes the what-ifs; a what-if without changes has
// "changes": null, as the structure it was marshalled from had.
func writeWhatIfs(j *jsonWriter, res quiz.Result) {
	if len(res.WhatIf) == 0 {
		j.raw("[]")
		return
	}
	j.raw("[")
	for i, w := range res.WhatIf {
		j.item(2, i == 0)
		j.raw("{")
		j.key(3, true, "changes")
		if len(w.Changes) == 0 {
			j.raw("null")
		} else {
			j.raw("[")
			for k, c := range w.Changes {
				q, _ := res.Catalog.Question(c.Question) // a what-if changes the catalog's questions only
				j.item(4, k == 0)
				j.raw("{")
				j.key(5, true, "question")
				j.str(c.Question)
				j.key(5, false, "answer")
				j.value(answerValue(q, c.Answer))
				j.key(5, false, "from")
				j.value(answerValue(q, c.From))
				j.newline(4)
				j.raw("}")
			}
			j.newline(3)
			j.raw("]")
		}
		j.key(3, false, "top")
		j.str(w.Top)
		j.newline(2)
		j.raw("}")
	}
	j.newline(1)
	j.raw("]")
}

// answerValue is an answer as an answers file holds it: an option id, a
// whole number or an amount.
func answerValue(q careers.Question, a quiz.Answer) any {
	switch q.Kind {
	case careers.Choice:
		return a.Option
	case careers.Scale:
		return int(a.Value)
	}
	return a.Value
}
