#!/usr/bin/python3
"""Second solver for the dispatch LPs: solves MPS files cold with HiGHS (SciPy's linprog).

The market model writes any week's LP as an MPS file (gridcba-cli simulate --mps-week W
--mps-dir DIR); this script reads it with its own small reader (free MPS as COIN-OR
writes it: ROWS, COLUMNS, RHS, RANGES, BOUNDS) and solves it with HiGHS, sharing no code
with GridCBA. It prints one JSON object per file:
    {"file": ..., "status": ..., "objective": ..., "seconds": ..., "rows": .., "columns": ..}
Used by tests/market/tst_mpscheck.cpp and bench/bench_market.cpp. Needs Debian's
python3-scipy (HiGHS is inside SciPy >= 1.9); run with /usr/bin/python3.

    /usr/bin/python3 tests/reference/highs_mps.py [--method highs-ds|highs-ipm|highs] FILE.mps...
"""
import json
import math
import sys
import time

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import csc_matrix


def read_mps(path):
    rows = {}          # name -> (index, type)
    objective = None
    obj = {}
    cols = {}          # name -> index
    entries_r, entries_c, entries_v = [], [], []
    rhs, ranges, bounds = {}, {}, {}
    section = None
    with open(path) as f:
        for line in f:
            if not line.strip() or line.startswith('*'):
                continue
            if not line[0].isspace():
                section = line.split()[0]
                continue
            t = line.split()
            if section == 'ROWS':
                kind, name = t[0], t[1]
                if kind == 'N':
                    if objective is None:
                        objective = name
                else:
                    rows[name] = (len(rows), kind)
            elif section == 'COLUMNS':
                name = t[0]
                if name not in cols:
                    cols[name] = len(cols)
                j = cols[name]
                for k in range(1, len(t) - 1, 2):
                    r, v = t[k], float(t[k + 1])
                    if r == objective:
                        obj[j] = obj.get(j, 0.0) + v
                    elif r in rows:
                        entries_r.append(rows[r][0])
                        entries_c.append(j)
                        entries_v.append(v)
            elif section == 'RHS':
                for k in range(1, len(t) - 1, 2):
                    if t[k] in rows:
                        rhs[rows[t[k]][0]] = float(t[k + 1])
            elif section == 'RANGES':
                for k in range(1, len(t) - 1, 2):
                    ranges[rows[t[k]][0]] = float(t[k + 1])
            elif section == 'BOUNDS':
                kind, name = t[0], t[2]
                value = float(t[3]) if len(t) > 3 else 0.0
                lo, hi = bounds.get(cols[name], (0.0, math.inf))
                if kind == 'UP':
                    hi = value
                elif kind == 'LO':
                    lo = value
                elif kind == 'FX':
                    lo = hi = value
                elif kind == 'FR':
                    lo, hi = -math.inf, math.inf
                elif kind == 'MI':
                    lo = -math.inf
                elif kind == 'PL':
                    hi = math.inf
                else:
                    raise ValueError('%s: bound type %s not supported' % (path, kind))
                bounds[cols[name]] = (lo, hi)
    m, n = len(rows), len(cols)
    c = np.zeros(n)
    for j, v in obj.items():
        c[j] = v
    A = csc_matrix((entries_v, (entries_r, entries_c)), shape=(m, n))
    lo = np.full(m, -math.inf)
    hi = np.full(m, math.inf)
    for name, (i, kind) in rows.items():
        b = rhs.get(i, 0.0)
        if kind == 'E':
            lo[i] = hi[i] = b
            if i in ranges:
                r = ranges[i]
                lo[i], hi[i] = (b, b + r) if r > 0 else (b + r, b)
        elif kind == 'L':
            hi[i] = b
            if i in ranges:
                lo[i] = b - abs(ranges[i])
        elif kind == 'G':
            lo[i] = b
            if i in ranges:
                hi[i] = b + abs(ranges[i])
    col_bounds = [bounds.get(j, (0.0, math.inf)) for j in range(n)]
    return c, A, lo, hi, col_bounds


def solve(path, method):
    c, A, lo, hi, col_bounds = read_mps(path)
    # linprog takes A_ub x <= b_ub and A_eq x = b_eq: split the rows.
    eq = np.isfinite(lo) & np.isfinite(hi) & (lo == hi)
    upper = np.isfinite(hi) & ~eq
    lower = np.isfinite(lo) & ~eq
    A = A.tocsr()
    A_ub = None
    b_ub = None
    if upper.any() or lower.any():
        from scipy.sparse import vstack
        A_ub = vstack([A[upper], -A[lower]]).tocsc()
        b_ub = np.concatenate([hi[upper], -lo[lower]])
    start = time.process_time()
    res = linprog(c, A_ub=A_ub, b_ub=b_ub, A_eq=A[eq].tocsc(), b_eq=lo[eq], bounds=col_bounds,
                  method=method, options={'presolve': True})
    seconds = time.process_time() - start
    return {'file': path, 'status': int(res.status), 'message': res.message,
            'objective': float(res.fun) if res.status == 0 else None, 'seconds': seconds,
            'rows': int(A.shape[0]), 'columns': int(A.shape[1])}


def main(argv):
    method = 'highs-ds'
    files = []
    it = iter(argv)
    for a in it:
        if a == '--method':
            method = next(it)
        else:
            files.append(a)
    if not files:
        print(__doc__, file=sys.stderr)
        return 2
    for path in files:
        print(json.dumps(solve(path, method)), flush=True)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
