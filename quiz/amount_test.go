package quiz

import (
	"errors"
	"testing"
)

func TestParseAmount(t *testing.T) {
	good := []struct {
		in   string
		want float64
	}{
		{"55000", 55000}, {"55,000", 55000}, {"$55,000", 55000}, {"$55k", 55000}, {"55K", 55000}, {"55_000", 55000}, {"$1_000_000", 1e6},
		{" $ 55k ", 55000}, {"55.5k", 55500}, {"$1.2m", 1_200_000}, {"1,000,000", 1_000_000},
		{"70000.50", 70000.5}, {".5k", 500}, {"0", 0}, {"$1000000000k", 1e12},
	}
	for _, tc := range good {
		got, err := ParseAmount(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseAmount(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	bad := []string{"", "$", "k", "abc", "55,00", "5,5000", ",000", "55.", "-5000", "$-5k", "55 000", "1e6", "55kk", "five", "55,000.5.5", "55_00", "55,000_000", "_000", "55__000", "NaN", "Inf", "9223372036854775807000", "$99999999999999999999k"}
	for _, in := range bad {
		if got, err := ParseAmount(in); err == nil || !errors.Is(err, ErrAmount) {
			t.Errorf("ParseAmount(%q) = %v, %v; want an amount error", in, got, err)
		}
	}
}

func TestFormatAmount(t *testing.T) {
	for in, want := range map[float64]string{
		0: "$0", 999: "$999", 1000: "$1,000", 58250: "$58,250", 1_000_000: "$1,000,000", 164070.4: "$164,070.40",
		1_000_000.4: "$1,000,000.40", 999.996: "$1,000", -5: "-$5", 1e19: "$1e+19", 9223372036854775807: "$9.22e+18",
	} {
		if got := FormatAmount(in); got != want {
			t.Errorf("FormatAmount(%v) = %q, want %q", in, got, want)
		}
	}
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"55000", "55,000", "$55k", "1.5m", "abc", ",", "$"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseAmount(s)
		if err != nil {
			return
		}
		if v < 0 {
			t.Fatalf("ParseAmount(%q) = %v: negative", s, v)
		}
		// What FormatAmount writes, ParseAmount reads back.
		back, err := ParseAmount(FormatAmount(v))
		if err != nil || back != v {
			t.Fatalf("round trip of %v via %q: %v, %v", v, FormatAmount(v), back, err)
		}
	})
}
