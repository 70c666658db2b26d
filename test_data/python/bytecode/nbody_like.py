def advance(bodies, dt):
    for i, (p1, v1, m1) in enumerate(bodies):
        for p2, v2, m2 in bodies[i + 1:]:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            d2 = dx * dx + dy * dy
            mag = dt / (d2 ** 1.5)
            v1[0] -= dx * m2 * mag
            v1[1] -= dy * m2 * mag
            v2[0] += dx * m1 * mag
            v2[1] += dy * m1 * mag
    for p, v, m in bodies:
        p[0] += dt * v[0]
        p[1] += dt * v[1]
