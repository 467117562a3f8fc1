package report

import (
	"runtime"
	"sync"
	"sync/atomic"

	"careerquiz/quiz"
)

// careersPerPiece is how many careers of the ranking one piece of the JSON
// document holds: a piece is written on one processor while others write
// the next ones. Sixteen careers with eleven reasons each make some 50 KB,
// so the document still goes out in writes of about flushAt.
const careersPerPiece = 16

// writeRanking writes every career, best first, passing the document on
// once the buffer is full. Pieces of the ranking are written on every
// processor, their reasons worked out there too, and passed on in order.
func writeRanking(j *jsonWriter, ranking []quiz.Ranked) {
	if len(ranking) == 0 {
		j.raw("[]")
		return
	}
	j.raw("[")
	pieces := (len(ranking) + careersPerPiece - 1) / careersPerPiece
	workers := min(runtime.GOMAXPROCS(0), pieces)
	if workers < 2 {
		for p := range pieces {
			writePiece(j, ranking, p)
			j.flushIfFull()
			if j.err != nil {
				return // nothing more can be written
			}
		}
	} else {
		writePieces(j, ranking, pieces, workers)
		if j.err != nil {
			return
		}
	}
	j.newline(1)
	j.raw("]")
}

// writePiece writes piece p of the ranking: the careers from p*careersPerPiece on.
func writePiece(j *jsonWriter, ranking []quiz.Ranked, p int) {
	from := p * careersPerPiece
	for i, r := range ranking[from:min(from+careersPerPiece, len(ranking))] {
		j.item(2, from+i == 0)
		writeCareer(j, r)
	}
}

// piece is one written piece of the ranking, or the error that stopped it
// (a number JSON cannot hold).
type piece struct {
	buf []byte
	err error
}

// writePieces writes the ranking's pieces on workers goroutines and passes
// them on in order. At most 2×workers pieces are written ahead of the one
// passed on, and once the writer fails the goroutines stop after the piece
// they are on; all have ended when it returns.
func writePieces(j *jsonWriter, ranking []quiz.Ranked, pieces, workers int) {
	done := make([]chan piece, pieces)
	for p := range done {
		done[p] = make(chan piece, 1)
	}
	ahead := make(chan struct{}, 2*workers) // a token for each piece being written or waiting
	stop := make(chan struct{})
	free := make(chan []byte, 2*workers+1) // buffers passed on, to write again
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				// The token is taken before the piece's number, so the pieces
				// holding tokens are always the first not yet passed on: the
				// one awaited is always being written.
				select {
				case ahead <- struct{}{}:
				case <-stop:
					return
				}
				p := int(next.Add(1) - 1)
				if p >= pieces {
					return
				}
				var w jsonWriter
				select {
				case w.buf = <-free:
				default:
					w.buf = make([]byte, 0, flushAt)
				}
				writePiece(&w, ranking, p)
				done[p] <- piece{w.buf, w.err}
			}
		})
	}
	for p := range pieces {
		got := <-done[p]
		<-ahead
		if got.err != nil {
			j.fail(got.err)
			break
		}
		j.buf = append(j.buf, got.buf...)
		free <- got.buf[:0]
		j.flushIfFull()
		if j.err != nil {
			break
		}
	}
	close(stop)
	wg.Wait()
}
