package careers

// Builtin is a trait read from a career's own facts (its routes, pay,
// outlook, settings) rather than from its traits map: the one table that says
// what kind of question may ask about it and how answers are scored.
type Builtin struct {
	Name string
	Kind Kind // the kind of question that asks about it
	Fit  Fit  // how it is always scored
	// About is how problems name it when a career lacks the fact.
	About string
}

// builtins is the table, as an array so reading it allocates nothing:
// scoring asks it for every answer it weighs.
func builtins() [4]Builtin {
	return [4]Builtin{
		{Name: TraitEducation, Kind: Choice, Fit: Limit, About: "education"},
		{Name: TraitPay, Kind: Number, Fit: Goal, About: "pay"},
		{Name: TraitOutlook, Kind: Scale, Fit: Goal, About: "growth"},
		{Name: TraitSettings, Kind: Choice, Fit: Member, About: "the setting"},
	}
}

// Builtins lists the built-in traits.
func Builtins() []Builtin {
	b := builtins()
	return b[:]
}

// BuiltinTrait returns the built-in trait of that name.
func BuiltinTrait(name string) (Builtin, bool) {
	for _, b := range builtins() {
		if b.Name == name {
			return b, true
		}
	}
	return Builtin{}, false
}

// IsBuiltin reports whether the question's trait is read from career facts
// (education, pay, outlook, settings) rather than from the traits map.
func (q Question) IsBuiltin() bool {
	_, ok := BuiltinTrait(q.Trait.ID)
	return ok
}

// FitMode is how the question's answers meet careers: the built-in trait's
// own fit, or the catalog's.
func (q Question) FitMode() Fit {
	if b, ok := BuiltinTrait(q.Trait.ID); ok {
		return b.Fit
	}
	return q.Fit
}
