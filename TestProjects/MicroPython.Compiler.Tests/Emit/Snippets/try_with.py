def f(m):
    try:
        with m as a, m:
            return a
    except (ValueError, KeyError) as e:
        raise RuntimeError from e
    finally:
        print('done')
