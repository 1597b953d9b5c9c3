import _helper_circular_a
print(_helper_circular_a.from_b(), _helper_circular_a.A_VALUE)
import _helper_mainguard
print(_helper_mainguard.helper(), __name__)
import _helper_mainguard as again
print(again is _helper_mainguard)
def main():
    print("main guard runs in", __name__)
if __name__ == "__main__":
    main()
