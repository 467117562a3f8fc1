package main
import ("fmt";"careerquiz/careers";"careerquiz/quiz")
func main(){ c, _ := careers.Default()
 for _, a := range []quiz.Answers{
  {"management": {Value: 5}, "degree": {Option: "master"}, "experience": {Option: "five-plus"}, "salary": {Value: 150000}},
  {"management": {Value: 1}, "degree": {Option: "associate"}, "salary": {Value: 40000}},
  {"management": {Value: 4}, "degree": {Option: "bachelor"}, "salary": {Value: 70000}},
 } {
 r := quiz.Score(c, a)
 for _, k := range r.Ranking { fmt.Printf("%-32s %5.1f\n", k.Career.ID, k.Score) }
 for _, re := range r.Ranking[0].Reasons { fmt.Printf("  %5.1f/%5.1f %s\n", re.Points, re.Max, re.Text) }
 for _, w := range r.WhatIf { fmt.Println("  whatif", w.Top, w.Changes) }
 fmt.Println(r.Decisive, r.Notice)
 }
}
