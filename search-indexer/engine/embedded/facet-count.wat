;; Facet counts over a dense set: |set ∧ value| for a run of facet values, 128 bits at a time.
;; The source of facet-count.wasm.ts (`npm run build:wasm` writes it; a unit test checks that
;; the two agree). Used by facet-count.ts; the plain JavaScript count is the fallback and the
;; reference in the tests.
;;
;; Memory: the set at byte 0, value row r at (r + 1) * words * 4, the counts at `out`.
;; `words` is a multiple of 4 (rows padded with zero words).
(module
  (memory (export "memory") 1)
  ;; counts(words, from, rows, out): out[i] = |set ∧ row (from + i)| for i in 0..rows
  (func (export "counts") (param $words i32) (param $from i32) (param $rows i32) (param $out i32)
    (local $bytes i32) (local $i i32) (local $p i32) (local $end i32) (local $s i32)
    (local $acc v128)
    (local.set $bytes (i32.shl (local.get $words) (i32.const 2)))
    (local.set $i (i32.const 0))
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $i) (local.get $rows)))
        (local.set $p
          (i32.mul
            (i32.add (i32.add (local.get $from) (local.get $i)) (i32.const 1))
            (local.get $bytes)))
        (local.set $end (i32.add (local.get $p) (local.get $bytes)))
        (local.set $s (i32.const 0))
        (local.set $acc (v128.const i32x4 0 0 0 0))
        (block $last
          (loop $word
            (br_if $last (i32.ge_u (local.get $p) (local.get $end)))
            ;; popcount per byte, then added pairwise into four 32-bit lanes
            (local.set $acc
              (i32x4.add
                (local.get $acc)
                (i32x4.extadd_pairwise_i16x8_u
                  (i16x8.extadd_pairwise_i8x16_u
                    (i8x16.popcnt
                      (v128.and (v128.load (local.get $s)) (v128.load (local.get $p))))))))
            (local.set $s (i32.add (local.get $s) (i32.const 16)))
            (local.set $p (i32.add (local.get $p) (i32.const 16)))
            (br $word)))
        (i32.store
          (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2)))
          (i32.add
            (i32.add (i32x4.extract_lane 0 (local.get $acc)) (i32x4.extract_lane 1 (local.get $acc)))
            (i32.add (i32x4.extract_lane 2 (local.get $acc)) (i32x4.extract_lane 3 (local.get $acc)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $row)))))
