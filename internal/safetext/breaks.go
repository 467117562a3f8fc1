package safetext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/displaywidth"
)

// Pieces splits a word (text without spaces) where a line may break inside
// it: between two Chinese or Japanese characters, which are written
// without spaces, and where such a character meets a letter or a digit
// ("2022" and "年"). Closing punctuation, the prolonged sound mark and small
// kana stay with the piece before them ("公司、" never leaves "、" to start
// a line), opening punctuation with the piece after. A word with none of
// these characters is one piece; a letter is never parted from its
// accents.
func Pieces(word string) []string {
	if !Ideographic(word) {
		return []string{word}
	}
	var pieces []string
	start, at, prev := 0, 0, ""
	g := displaywidth.StringGraphemes(word)
	for g.Next() {
		c := g.Value()
		if prev != "" && breakBetween(prev, c) {
			pieces = append(pieces, word[start:at])
			start = at
		}
		at += len(c)
		prev = c
	}
	return append(pieces, word[start:])
}

// Ideographic reports whether s holds a Chinese or Japanese character,
// where Pieces may split it: a quick test that spares other text the
// split.
func Ideographic(s string) bool {
	return !ascii(s) && strings.ContainsFunc(s, ideograph)
}

// breakBetween reports whether a line may break between two neighbouring
// characters (grapheme clusters) of a word.
func breakBetween(prev, next string) bool {
	p, _ := utf8.DecodeRuneInString(prev)
	n, _ := utf8.DecodeRuneInString(next)
	if !ideograph(p) && !ideograph(n) {
		return false // letters, digits, Latin punctuation: one word
	}
	return !strings.Contains(noLineStart, next) && !strings.Contains(noLineEnd, prev)
}

// The punctuation that Chinese and Japanese typesetting keeps from the
// start of a line, and from its end.
const (
	noLineStart = "、。，．・：；？！）」』】〕〉》〙〗｝］｠〟’”ー々ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ…‥" +
		")]},.;:!?%'\"" // and the ASCII ones, after Chinese text too ("2026年查阅).")
	noLineEnd = "（「『【〔〈《〘〖｛［｟〝‘“([{$"
)

// ideograph reports whether r is written without spaces around it: Han,
// kana, CJK punctuation and full-width forms. Hangul is not: Korean puts
// spaces between its words.
func ideograph(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) ||
		r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xff60
}
