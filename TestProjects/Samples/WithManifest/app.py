import motor
import tinyjson

motor.spin(3)
print(tinyjson.dumps({"rpm": motor.rpm()}))
print("tinyjson", tinyjson.__version__)
