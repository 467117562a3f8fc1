package careers

// EducationLevels returns the education ladder, shortest first. Degree
// options and career entry routes both name a rung; fit compares their places.
func EducationLevels() []string {
	return []string{"none", "certificate", "associate", "bachelor", "master", "doctorate"}
}

// EducationRank is a level's place on the ladder (0 for none), or -1.
// Scoring asks it for every career, so it allocates nothing.
func EducationRank(level string) int {
	switch level {
	case "none":
		return 0
	case "certificate":
		return 1
	case "associate":
		return 2
	case "bachelor":
		return 3
	case "master":
		return 4
	case "doctorate":
		return 5
	}
	return -1
}

// EducationLabel is a level in words: "an associate's degree".
func EducationLabel(level string) string {
	switch level {
	case "none":
		return "no formal education beyond high school"
	case "certificate":
		return "a certificate or other postsecondary award"
	case "associate":
		return "an associate's degree"
	case "bachelor":
		return "a bachelor's degree"
	case "master":
		return "a master's degree"
	case "doctorate":
		return "a doctorate"
	}
	return level
}

// EducationShort is a level in a word or two: "associate's".
func EducationShort(level string) string {
	switch level {
	case "none":
		return "no degree"
	case "certificate":
		return "certificate"
	case "associate":
		return "associate's"
	case "bachelor":
		return "bachelor's"
	case "master":
		return "master's"
	case "doctorate":
		return "doctorate"
	}
	return level
}

// OutlookDescriptors lists the BLS outlook phrases, slowest first.
func OutlookDescriptors() []string {
	return []string{"decline", "little or no change", "slower than average", "as fast as average", "faster than average", "much faster than average"}
}

// OutlookLevel maps a BLS outlook descriptor to a 1-5 level, so a growth
// preference is compared with the source's own words, not a made-up number.
// It is 0 for a phrase that is not one of OutlookDescriptors.
func OutlookLevel(descriptor string) int {
	switch descriptor {
	case "decline":
		return 1
	case "little or no change", "slower than average":
		return 2
	case "as fast as average":
		return 3
	case "faster than average":
		return 4
	case "much faster than average":
		return 5
	}
	return 0
}
