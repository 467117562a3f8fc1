package ui

import (
	"errors"
	"testing"

	tea "charm.land/bubbletea/v2"

	"careerquiz/careers"
)

// While the catalog is read, the window's size and a key typed early are
// kept, and handed to the quiz once it starts: nothing is lost.
func TestStartupKeepsEarlyMessages(t *testing.T) {
	cat := defaultCatalog(t)
	var s tea.Model = startup{load: func() (*careers.Catalog, error) { return cat, nil }}
	loaded := s.Init()()
	s, _ = s.Update(tea.WindowSizeMsg{Width: 50, Height: 20})
	s, _ = s.Update(keyPress("enter"))
	if _, ok := s.(startup); !ok {
		t.Fatalf("the quiz started before its catalog was read: %T", s)
	}
	got, _ := s.Update(loaded)
	m, ok := got.(Model)
	if !ok {
		t.Fatalf("after the catalog was read the model is %T", got)
	}
	if m.width != 50 || m.height != 20 || m.screen != screenQuestion || m.index != 0 {
		t.Fatalf("the early size or key was lost: %dx%d, screen %d, question %d", m.width, m.height, m.screen, m.index)
	}
}

// A catalog that cannot be read ends the program with the reason.
func TestStartupCatalogError(t *testing.T) {
	s := startup{load: func() (*careers.Catalog, error) { return nil, errors.New("broken") }}
	next, cmd := s.Update(s.Init()())
	if cmd == nil {
		t.Fatal("no quit after a failed read")
	}
	if err := next.(startup).err; err == nil || err.Error() != "reading the catalog: broken" {
		t.Fatalf("error %v", err)
	}
}
